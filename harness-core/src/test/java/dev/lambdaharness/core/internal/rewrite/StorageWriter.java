package dev.lambdaharness.core.internal.rewrite;

import java.nio.file.Path;

/** What {@code probe.StorageProbe} does, seen from the tests (loaded by the test class path, as {@link Probe} is). */
public interface StorageWriter {

    /** Writes {@code bytes} bytes to {@code file} the way {@code how} names; answers {@code ok} or the IOException's message. */
    String write(String how, Path file, int bytes);
}
