package dev.lambdaharness.core.oracle;

import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.child.SystemLocale;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The oracle: the real AWS runtime interface client (RIC 2.9.0) in a child JVM, started as the
 * Lambda java17/java21 managed runtime starts it ({@code java -XX:MaxHeapSize=... -XX:+UseSerialGC ...
 * AWSLambda <handler>}, working directory = the task root, Lambda's environment and nothing of
 * ours, the telemetry log sink on fd 3), against a {@link RuntimeApiServer} of its own. What it
 * posts and logs is the reference the harness's own runtimes are compared with. It runs on the
 * launcher forked environments use ({@link ChildJvm}); what it adds is the spec, the managed
 * runtime's command line for it and the environment Lambda would give it.
 *
 * <pre>{@code
 * try (RicOracle oracle = RicOracle.start(OracleSpec.of("com.example.Hello::handleRequest", taskRoot))) {
 *     ChildInvocation result = oracle.invoke(
 *             ChildRequest.of("\"world\"".getBytes(UTF_8), Duration.ofSeconds(3), oracle.functionArn()),
 *             Duration.ofSeconds(30));
 *     assertThat(result.bodyText()).isEqualTo("\"hello world\"");
 * }
 * }</pre>
 */
public final class RicOracle implements AutoCloseable {

    private final ChildJvm child;

    private RicOracle(ChildJvm child) {
        this.child = child;
    }

    /**
     * Starts the child JVM and returns at once; INIT runs while the first {@link #invoke} waits.
     *
     * @throws IllegalArgumentException when the task root, the JDK or a layer jar is not usable
     * @throws IllegalStateException    when the JDK is not one the RIC's native client supports (Linux, x86_64 or aarch64)
     */
    public static RicOracle start(OracleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Path taskRoot = taskRoot(spec.taskRoot());
        JavaHome javaHome = JavaHome.of(spec.javaHome());
        if (!javaHome.isLinux()) {
            throw new IllegalStateException("The RIC's native client ships for Linux only; " + javaHome.home() + " is a "
                    + javaHome.osName() + " JDK. Use in-process isolation on this machine.");
        }
        Path nativeClient = RicRuntimeLibraries.nativeClient(javaHome.osArch(), javaHome.musl());
        List<Path> classPath = RicRuntimeLibraries.classPath();
        TaskRoots.placeLayerJars(spec.layerJars(), taskRoot);
        List<String> command = ChildCommandLine.javaCommand(javaHome, spec.memoryMb(), nativeClient, classPath, spec.handler());
        return new RicOracle(ChildJvm.launch(new ChildLaunch(taskRoot, command,
                address -> OracleEnvironment.of(spec, javaHome, taskRoot, address, SystemLocale.hasEnUsUtf8()), false,
                Duration.ZERO)));
    }

    /** See {@link ChildJvm#invoke}. */
    public ChildInvocation invoke(ChildRequest request, Duration maxWait) {
        return child.invoke(request, maxWait);
    }

    /** See {@link ChildJvm#awaitReady}. */
    public boolean awaitReady(Duration maxWait) {
        return child.awaitReady(maxWait);
    }

    /** The unqualified ARN of the oracle's function, for {@link ChildRequest#invokedFunctionArn()}. */
    public String functionArn() {
        return OracleEnvironment.functionArn(child.environment());
    }

    /** Whether the child JVM still runs. */
    public boolean isAlive() {
        return child.isAlive();
    }

    /** The child's pid. */
    public long pid() {
        return child.pid();
    }

    /** The child's process, for checks such as "nothing survives {@link #close()}". */
    public ProcessHandle processHandle() {
        return child.processHandle();
    }

    /** {@code 127.0.0.1:<port>}, the child's {@code AWS_LAMBDA_RUNTIME_API}. */
    public String runtimeApiAddress() {
        return child.runtimeApiAddress();
    }

    /** The child's complete environment. */
    public Map<String, String> environment() {
        return child.environment();
    }

    /** The java command the child runs. */
    public List<String> command() {
        return child.command();
    }

    /** What INIT logged, once INIT has finished. */
    public Optional<ChildLogs> initLogs() {
        return child.initLogs();
    }

    /** From starting the child to its first {@code next} call: the runtime's own cold start. */
    public Optional<Duration> timeToFirstNext() {
        return child.timeToFirstNext();
    }

    /** Stops the child, its Runtime API, and deletes its output files. */
    @Override
    public void close() {
        child.close();
    }

    private static Path taskRoot(Path taskRoot) {
        if (!Files.isDirectory(taskRoot)) {
            throw new IllegalArgumentException("The task root " + taskRoot + " is not a directory. Build one from class directories"
                    + " and jars with TaskRoots.materialise(target, entries).");
        }
        try {
            return taskRoot.toRealPath(); // the JVM reports user.dir with links resolved; LAMBDA_TASK_ROOT must agree
        } catch (IOException e) {
            throw new UncheckedIOException("Could not resolve the task root " + taskRoot + ": " + e.getMessage(), e);
        }
    }
}
