package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.CpuShare;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The RIC's own cold start, the baseline of the forked cold start: the managed runtime's command
 * line (as a forked environment's child has it, {@code -XX:ActiveProcessorCount} and a
 * {@code java.io.tmpdir} included) started straight from here, against a {@link TrivialRuntimeApi}.
 * {@link #launch} and {@link #awaitResponse()} together are the process's start to its first
 * response; no shell, watcher, log files or harness bookkeeping.
 *
 * <pre>{@code
 * try (RicOwnStart ric = RicOwnStart.launch(taskRoot, "com.example.Hello::handleRequest", 512, event, tmp)) {
 *     byte[] response = ric.awaitResponse();
 * }
 * }</pre>
 */
public final class RicOwnStart implements AutoCloseable {

    private final TrivialRuntimeApi api;
    private final Process process;
    private final CpuShare cpuShare;

    private RicOwnStart(TrivialRuntimeApi api, Process process, CpuShare cpuShare) {
        this.api = api;
        this.process = process;
        this.cpuShare = cpuShare;
    }

    public static RicOwnStart launch(Path taskRoot, String handler, int memoryMb, byte[] event, Path tmpDirectory) {
        return launch(taskRoot, handler, memoryMb, event, tmpDirectory, false);
    }

    /** As {@link #launch(Path, String, int, byte[], Path)}, held to the CPU share of the memory size when asked. */
    public static RicOwnStart launch(Path taskRoot, String handler, int memoryMb, byte[] event, Path tmpDirectory,
            boolean cpuShare) {
        JavaHome javaHome = JavaHome.of(Path.of(System.getProperty("java.home")));
        List<String> command = new ArrayList<>(ChildCommandLine.javaCommand(javaHome, memoryMb,
                RicRuntimeLibraries.nativeClient(javaHome.osArch(), javaHome.musl()), RicRuntimeLibraries.classPath(), handler));
        command.add(1, "-XX:ActiveProcessorCount=" + Math.min(2, Runtime.getRuntime().availableProcessors()));
        command.add(command.indexOf("-classpath"), "-Djava.io.tmpdir=" + tmpDirectory);
        TrivialRuntimeApi api = TrivialRuntimeApi.start(event);
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment(api.address(), handler, memoryMb, taskRoot));
        try {
            Process process = builder.start();
            return new RicOwnStart(api, process, cpuShare
                    ? CpuShare.limit(process.toHandle(), CpuShare.forMemory(memoryMb)).orElse(null) : null);
        } catch (IOException e) {
            api.close();
            throw new UncheckedIOException(e);
        }
    }

    /** The few variables the RIC needs to start and run a hello handler, without the rest of Lambda's environment. */
    public static Map<String, String> environment(String runtimeApiAddress, String handler, int memoryMb, Path taskRoot) {
        return Map.of("AWS_LAMBDA_RUNTIME_API", runtimeApiAddress, "_HANDLER", handler,
                "AWS_LAMBDA_FUNCTION_NAME", "hello", "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb), "LAMBDA_TASK_ROOT", taskRoot.toString(),
                "LANG", "en_US.UTF-8", "TZ", ":UTC", "PATH", "/usr/local/bin:/usr/bin/:/bin");
    }

    /** The first response the RIC posts. */
    public byte[] awaitResponse() {
        try {
            return api.response().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The RIC gave no response: " + e, e);
        }
    }

    @Override
    public void close() {
        if (cpuShare != null) {
            cpuShare.close();
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        api.close();
    }
}
