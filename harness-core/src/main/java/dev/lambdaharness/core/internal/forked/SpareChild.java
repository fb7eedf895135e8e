package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.child.ChildJvm;
import java.nio.file.Path;

/**
 * A child JVM started ahead for an environment that does not exist yet, with what the environment
 * must adopt from it: the directory of its temporary files and the log stream its environment
 * variables name.
 *
 * @param child         the child, waiting to be made an environment (or, INIT ahead, for its first invocation)
 * @param directory     the environment directory it was launched with
 * @param logStreamName its {@code AWS_LAMBDA_LOG_STREAM_NAME}
 */
record SpareChild(ChildJvm child, Path directory, String logStreamName) {

    /** Ends an unused spare: its JVM and its files. */
    void close() {
        child.close();
        ForkedFiles.deleteRecursively(directory);
    }
}
