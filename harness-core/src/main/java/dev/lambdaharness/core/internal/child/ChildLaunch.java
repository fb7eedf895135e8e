package dev.lambdaharness.core.internal.child;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to start a child JVM running a runtime client against a Runtime API of its own: the java command,
 * its working directory (the task root) and its environment, which needs the Runtime API's
 * address and so is built once the server listens.
 *
 * <pre>{@code
 * ChildLaunch launch = new ChildLaunch(taskRoot, javaCommand, address -> Map.of("AWS_LAMBDA_RUNTIME_API", address), true,
 *         Duration.ZERO);
 * try (ChildJvm child = ChildJvm.launch(launch)) { ... }
 * }</pre>
 *
 * @param taskRoot    the working directory, a directory with links resolved (the RIC reads {@code user.dir})
 * @param javaCommand {@code java ... AWSLambda <handler>}, see {@link ChildCommandLine#javaCommand}
 * @param environment the child's whole environment, given the Runtime API's {@code host:port}
 * @param mergeStderr whether stderr goes to the stdout file, so the two keep their relative order
 * @param stopGrace   how long a child asked to stop (SIGTERM, on close or when the test JVM exits) may take to
 *                    run its shutdown hooks before it is killed; zero kills at once. A coverage agent in the
 *                    child needs the time to write its data.
 * @param privateTmp  the directory to mount on the child's {@code /tmp} in namespaces of its own, or {@code null}
 *                    for the machine's {@code /tmp}
 */
public record ChildLaunch(Path taskRoot, List<String> javaCommand, Function<String, Map<String, String>> environment,
                          boolean mergeStderr, Duration stopGrace, PrivateTmpMount privateTmp) {

    /** Copies the command so a launch never changes after it is built. */
    public ChildLaunch {
        Objects.requireNonNull(taskRoot, "taskRoot");
        javaCommand = List.copyOf(javaCommand);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(stopGrace, "stopGrace: pass Duration.ZERO to kill the child at once");
    }

    /** A launch on the machine's own {@code /tmp}. */
    public ChildLaunch(Path taskRoot, List<String> javaCommand, Function<String, Map<String, String>> environment,
                       boolean mergeStderr, Duration stopGrace) {
        this(taskRoot, javaCommand, environment, mergeStderr, stopGrace, null);
    }
}
