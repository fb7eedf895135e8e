package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.xray.XRayRelay;
import java.nio.file.Path;

/**
 * A child JVM started ahead for an environment that does not exist yet, with what the environment
 * must adopt from it: the directory of its temporary files, the log stream its environment
 * variables name and, for a spare of a suite-wide pool, the relay its X-Ray daemon address names.
 *
 * @param child         the child, waiting to be made an environment (or, INIT ahead, for its first invocation)
 * @param directory     the environment directory it was launched with
 * @param logStreamName its {@code AWS_LAMBDA_LOG_STREAM_NAME}
 * @param relay         its {@code AWS_XRAY_DAEMON_ADDRESS} when no runtime was known at its start
 *                      ({@link SharedSpares}), else {@code null}: it was handed its runtime's sink
 */
record SpareChild(ChildJvm child, Path directory, String logStreamName, XRayRelay relay) {

    /** A spare of one runtime, handed that runtime's X-Ray sink. */
    SpareChild(ChildJvm child, Path directory, String logStreamName) {
        this(child, directory, logStreamName, null);
    }

    /** Sends the child's X-Ray segments to the adopting runtime's sink from now on. */
    void adoptedBy(ForkedOptions adopter) {
        if (relay != null) {
            relay.forwardTo(adopter.xrayDaemon());
        }
    }

    /** Passes on the segments the child has sent so far; called after each invocation. */
    void forwardSegments() {
        if (relay != null) {
            relay.forward();
        }
    }

    /** Ends an unused spare: its JVM, its files and its relay. */
    void close() {
        child.close();
        ForkedFiles.deleteRecursively(directory);
        closeRelay();
    }

    /** Passes on what is left and closes the relay, once the child is gone. */
    void closeRelay() {
        if (relay != null) {
            relay.close();
        }
    }
}
