package dev.lambdaharness.core.probe;

import java.io.IOError;
import java.util.List;

/** Class::method handlers that fail in the ways the runtime treats apart. */
public class Failures {
    public String outOfMemory() {
        throw new OutOfMemoryError("fake heap exhaustion");
    }

    public String ioError() {
        throw new IOError(new java.io.IOException("disk gone"));
    }

    public String linkage() {
        throw new NoClassDefFoundError("some/Missing");
    }

    public Unwritable unwritable() {
        return new Unwritable();
    }

    public List<String> list(List<String> input) {
        return input;
    }

    /** Its getter throws, so the response cannot be written. */
    public static class Unwritable {
        public String getValue() {
            throw new IllegalStateException("no value");
        }
    }
}
