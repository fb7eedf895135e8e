package dev.lambdaharness.core.internal.child;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * util-linux {@code setsid}, which starts a child JVM as the leader of a session and process group
 * of its own, so that a signal to the group ends it and every process it started that stayed in the
 * group, even after the JVM is gone and they were reparented ({@link ChildCommandLine#shellCommand}).
 * Started by a JVM, the shell it runs is no group leader yet, so {@code setsid} does not fork: the
 * pid stays the JVM's.
 *
 * <pre>{@code
 * Optional<Path> setsid = ProcessGroup.setsid(); // /usr/bin/setsid on most Linux machines, empty on macOS
 * }</pre>
 */
final class ProcessGroup {

    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();

    private ProcessGroup() {
    }

    /** Where {@code setsid} is, or empty where there is none. */
    static Optional<Path> setsid() {
        return SETSID;
    }
}
