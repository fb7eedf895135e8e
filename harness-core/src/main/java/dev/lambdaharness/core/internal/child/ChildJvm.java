package dev.lambdaharness.core.internal.child;

import dev.lambdaharness.core.internal.runtimeapi.RapidErrors;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiInvocation;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiListener;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiServer;
import dev.lambdaharness.core.internal.runtimeapi.RuntimePost;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child JVM running a runtime client (the real AWS runtime interface client, or the harness's
 * own) against a {@link RuntimeApiServer} of its own, started as {@link ChildLaunch} describes:
 * through {@code /bin/sh}, which opens the telemetry log sink on fd 3, starts a watcher that kills
 * the child when this JVM dies, and {@code exec}s the java command in the task root with the
 * launch's environment and nothing of ours. Forked execution environments run on it, and so does
 * the differential corpus's oracle.
 *
 * <p>The child's output is cut into stretches at the points the runtime itself marks: INIT lasts
 * until its first {@code next} call, each invocation from the {@code next} that handed it out to
 * the following {@code next} or the child's exit (see {@link ChildInvocation}).
 *
 * <pre>{@code
 * try (ChildJvm child = ChildJvm.launch(launch)) {
 *     ChildInvocation result = child.invoke(
 *             ChildRequest.of("\"world\"".getBytes(UTF_8), Duration.ofSeconds(3), functionArn),
 *             Duration.ofSeconds(30));
 *     assertThat(result.bodyText()).isEqualTo("\"hello world\"");
 * }
 * }</pre>
 */
public final class ChildJvm implements AutoCloseable {

    /** How long a killed child may take to be gone. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(10);

    /** How long, after a post, the runtime may take to call {@code next} again (or exit), whatever the invocation's wait. */
    private static final Duration POST_GRACE = Duration.ofSeconds(5);

    /*
     * One thread per live child, blocked in waitFor() until it exits. Not Process.onExit(): its stage
     * runs on the common ForkJoinPool (CompletableFuture's default async pool, since JDK 25 even with
     * a parallelism of 1), whose workers may all be blocked waiting for this very exit, as a
     * CompletableFuture.supplyAsync(() -> function.invoke(...)) is on a 2-core machine.
     */
    /** How often a child held to a memory size has its resident memory read. */
    static final Duration MEMORY_WATCH_INTERVAL = Duration.ofMillis(20);

    private static final ScheduledExecutorService MEMORY_WATCH = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lambda-harness-child-memory");
        thread.setDaemon(true);
        return thread;
    });

    private static final ExecutorService EXIT_WATCHERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lambda-harness-child-exit");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<String, String> environment;
    private final List<String> command;
    private final Duration stopGrace;
    private final Path workDirectory;
    private final ChildOutput output;
    private final RuntimeApiServer server;
    private final Process process;
    private final long startNanos;
    private final Object invokeLock = new Object();
    private final Object lock = new Object();

    // Guarded by lock. Segment n is the output between the n-th next call (0 = the child's start) and the following boundary.
    private int boundaries;
    private final Map<Integer, ChildLogs> closedSegments = new HashMap<>();
    private final Map<String, Integer> deliveredAt = new HashMap<>();
    private final Map<String, RuntimePost> posts = new HashMap<>();
    private ChildLogs initLogs;
    private long firstNextNanos = -1;
    private long spareWaitingNanos = -1;
    private long spareReleasedNanos = -1;
    private RuntimePost initError;
    private boolean initErrorSurfaced;
    private Integer exitCode;
    private boolean closed;
    private int peakMemoryMb;
    private int memoryLimitMb;
    private boolean memoryLimitExceeded;
    private ScheduledFuture<?> memoryWatch;
    /** The duty cycle that holds the child to a function's CPU share, when one was asked for. */
    private CpuShare cpuShare;

    private ChildJvm(ChildLaunch launch) {
        Path taskRoot = launch.taskRoot();
        try {
            workDirectory = OwnedTempDirectories.create("lambda-harness-child-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory for the child's output: " + e.getMessage(), e);
        }
        Path stdoutFile = workDirectory.resolve("stdout");
        Path stderrFile = workDirectory.resolve("stderr");
        Path telemetryFile = workDirectory.resolve("telemetry");
        try {
            workDirectory.toFile().deleteOnExit(); // registered first, deleted last: for a JVM that exits without close()
            for (Path file : List.of(stdoutFile, stderrFile, telemetryFile)) {
                Files.createFile(file);
                file.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            OwnedTempDirectories.delete(workDirectory);
            throw new UncheckedIOException("Could not create the child's output files in " + workDirectory + ": " + e.getMessage(), e);
        }
        output = new ChildOutput(stdoutFile, stderrFile, telemetryFile);
        server = RuntimeApiServer.start(new SegmentingListener());
        environment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(launch.environment().apply(server.address())));
        command = launch.javaCommand();
        stopGrace = launch.stopGrace();
        ProcessBuilder builder = new ProcessBuilder(ChildCommandLine.shellCommand(command, telemetryFile,
                        ProcessHandle.current().pid(), launch.privateTmp()))
                .directory(taskRoot.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdoutFile.toFile());
        if (launch.mergeStderr()) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(stderrFile.toFile());
        }
        builder.environment().clear();
        builder.environment().putAll(environment);
        startNanos = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            server.close();
            output.close();
            OwnedTempDirectories.delete(workDirectory);
            throw new UncheckedIOException("Could not start the child JVM (" + command.get(0) + " through /bin/sh): "
                    + e.getMessage(), e);
        }
        LiveChildren.register(process, launch.stopGrace());
        EXIT_WATCHERS.execute(this::watchForExit);
    }

    /**
     * Starts a child JVM as {@code launch} describes and returns at once; INIT runs while the first
     * {@link #invoke} (or {@link #awaitReady}) waits.
     */
    public static ChildJvm launch(ChildLaunch launch) {
        Objects.requireNonNull(launch, "launch");
        return new ChildJvm(launch);
    }

    /**
     * Hands the runtime one invocation and waits for how it ends: the runtime's post, its init
     * error, its exit, or {@code maxWait} (which also covers a pending INIT). After a post the wait
     * goes on until the runtime's next {@code next} call or exit, so the invocation's logs are whole;
     * a runtime that calls neither within {@code maxWait} is killed.
     *
     * <p>After an INIT error, a timeout or an exit the child is gone: every later call returns
     * {@link ChildInvocation.Outcome#EXITED} at once, the first with whatever the child wrote after its last boundary.
     */
    public ChildInvocation invoke(ChildRequest request, Duration maxWait) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(maxWait, "maxWait");
        synchronized (invokeLock) {
            long deadline = System.nanoTime() + maxWait.toNanos();
            synchronized (lock) {
                if (closed) {
                    throw new IllegalStateException("This child JVM is closed; start a new one for another environment.");
                }
                if (initError != null && !initErrorSurfaced) {
                    return initErrorOutcome(deadline);
                }
                if (exitCode != null) {
                    // What a child that exited before this call wrote since its last boundary (all of it, when it died in INIT).
                    return result(ChildInvocation.Outcome.EXITED, new byte[0], null, exitCode, finalSegment(), Map.of());
                }
            }
            server.submit(new RuntimeApiInvocation(request.requestId(), request.payload(), request.deadlineEpochMs(),
                    request.invokedFunctionArn(), request.traceId(), request.clientContextJson(), request.cognitoIdentityJson(),
                    request.tenantId(), null));
            synchronized (lock) {
                while (true) {
                    RuntimePost post = posts.remove(request.requestId());
                    if (post != null) {
                        return afterPost(post, deadline);
                    }
                    if (initError != null) {
                        return initErrorOutcome(deadline);
                    }
                    if (exitCode != null) {
                        deliveredAt.remove(request.requestId());
                        return result(ChildInvocation.Outcome.EXITED, new byte[0], null, exitCode, finalSegment(), Map.of());
                    }
                    if (!awaitChange(deadline)) {
                        killAndAwaitExit();
                        return result(ChildInvocation.Outcome.TIMED_OUT, new byte[0], null, exitCode, finalSegment(), Map.of());
                    }
                }
            }
        }
    }

    /**
     * Waits until INIT has ended: the runtime's first {@code next} call, or the child's exit.
     *
     * @return true when the runtime is ready for an invocation, false when it exited or {@code maxWait} passed first
     */
    public boolean awaitReady(Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (lock) {
            while (firstNextNanos < 0 && exitCode == null) {
                if (!awaitChange(deadline)) {
                    return false;
                }
            }
            return firstNextNanos >= 0 && exitCode == null;
        }
    }

    /**
     * The child's peak resident memory in MB, as last read: at each of its runtime's calls (every
     * {@code next} and post) and before it is killed; empty before the first reading or off Linux.
     * A child that exits between two calls (an exit, a crash) keeps the reading of its last call.
     */
    public OptionalInt peakMemoryMb() {
        synchronized (lock) {
            samplePeakMemory();
            return peakMemoryMb > 0 ? OptionalInt.of(peakMemoryMb) : OptionalInt.empty();
        }
    }

    /**
     * Holds the child to {@code megabytes} of resident memory from now on, as Lambda holds a function's
     * sandbox to its memory size: its peak resident set is read every {@link #MEMORY_WATCH_INTERVAL},
     * and a child above the size is killed, with whatever it started, as the sandbox is
     * ({@link #memoryLimitExceeded()}). The Java heap is capped below the size by the command line, so
     * it is memory beyond the heap (direct buffers, native allocations, threads, metaspace) that gets
     * here. Off Linux, where there is no {@code /proc}, nothing is held.
     */
    public void limitMemory(int megabytes) {
        synchronized (lock) {
            if (memoryWatch != null || exitCode != null || closed) {
                return;
            }
            memoryLimitMb = megabytes;
            memoryWatch = MEMORY_WATCH.scheduleWithFixedDelay(this::checkMemory, 0, MEMORY_WATCH_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Holds the child to a share of one CPU, as Lambda gives a function by its memory size
     * ({@link CpuShare}); a share of 1 or more changes nothing.
     */
    public void limitCpu(double share) {
        synchronized (lock) {
            if (cpuShare != null || exitCode != null || closed) {
                return;
            }
            cpuShare = CpuShare.limit(process.toHandle(), share).orElse(null);
        }
    }

    /** Whether the child was killed for going above the memory size {@link #limitMemory} set. */
    public boolean memoryLimitExceeded() {
        synchronized (lock) {
            return memoryLimitExceeded;
        }
    }

    private void checkMemory() {
        synchronized (lock) {
            if (exitCode != null || closed) {
                stopMemoryWatch();
                return;
            }
        }
        OptionalInt peak = PeakMemory.megabytes(process.pid());
        if (peak.isEmpty() || peak.getAsInt() <= memoryLimitMb) {
            return;
        }
        synchronized (lock) {
            if (exitCode != null) {
                return;
            }
            memoryLimitExceeded = true;
            peakMemoryMb = memoryLimitMb; // the sandbox never holds more: REPORT shows the size itself
            stopMemoryWatch();
        }
        LiveChildren.kill(process);
    }

    /** Must hold the lock. */
    private void stopMemoryWatch() {
        if (memoryWatch != null) {
            memoryWatch.cancel(false);
        }
    }

    /** Must hold the lock. */
    private void samplePeakMemory() {
        if (exitCode == null && !memoryLimitExceeded) {
            PeakMemory.megabytes(process.pid()).ifPresent(mb -> peakMemoryMb = Math.max(peakMemoryMb, mb));
        }
    }

    /** Whether the child JVM still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The child's pid (the JVM's: the shell that starts it {@code exec}s it). */
    public long pid() {
        return process.pid();
    }

    /** The child's process, for checks such as "nothing survives {@link #close()}". */
    public ProcessHandle processHandle() {
        return process.toHandle();
    }

    /** {@code 127.0.0.1:<port>}, the child's {@code AWS_LAMBDA_RUNTIME_API}. */
    public String runtimeApiAddress() {
        return server.address();
    }

    /** The child's complete environment. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The java command the child runs (without the {@code /bin/sh} that opens fd 3 and {@code exec}s it). */
    public List<String> command() {
        return command;
    }

    /** What INIT logged, once INIT has finished (the runtime's first {@code next} call). */
    public Optional<ChildLogs> initLogs() {
        synchronized (lock) {
            return Optional.ofNullable(initLogs);
        }
    }

    /** From starting the child to its first {@code next} call: the runtime's own cold start. */
    public Optional<Duration> timeToFirstNext() {
        synchronized (lock) {
            return firstNextNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(firstNextNanos - startNanos - spareIdleNanos()));
        }
    }

    /**
     * INIT so far: from the start to the first {@code next}, or to now while INIT runs, without the
     * time a spare waited to be made an environment.
     */
    public Duration initElapsed() {
        synchronized (lock) {
            long end = firstNextNanos >= 0 ? firstNextNanos : System.nanoTime();
            return Duration.ofNanos(Math.max(0, end - startNanos - spareIdleNanos()));
        }
    }

    /**
     * Makes a spare child an environment: its waiting call is answered and INIT goes on. The time it
     * waited, prepared, is not INIT's: {@link #timeToFirstNext()} leaves it out.
     */
    public void startSpare() {
        synchronized (lock) {
            if (spareReleasedNanos < 0) {
                spareReleasedNanos = System.nanoTime();
            }
        }
        server.releaseSpare();
    }

    /**
     * Waits until a spare child has started its JVM and runtime client and waits to be made an environment.
     *
     * @return false when it exited or {@code maxWait} passed first
     */
    public boolean awaitSpareWaiting(Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        synchronized (lock) {
            while (spareWaitingNanos < 0 && exitCode == null) {
                if (!awaitChange(deadline)) {
                    return false;
                }
            }
            return spareWaitingNanos >= 0;
        }
    }

    /** How long a spare waited, prepared, between its call and its release; must hold the lock. */
    private long spareIdleNanos() {
        if (spareWaitingNanos < 0 || spareReleasedNanos < 0) {
            return 0;
        }
        return Math.max(0, spareReleasedNanos - spareWaitingNanos);
    }

    /** Stops the child (see {@link ChildLaunch#stopGrace()}) and whatever it started, waits until it is gone, stops the Runtime API and deletes the output files. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            stopMemoryWatch();
        }
        if (cpuShare != null) {
            cpuShare.close(); // a stopped child would not hear the stop's TERM
        }
        LiveChildren.stop(process, stopGrace);
        synchronized (lock) {
            awaitExit(System.nanoTime() + EXIT_WAIT.toNanos());
        }
        server.close();
        output.close();
        OwnedTempDirectories.delete(workDirectory);
        LiveChildren.unregister(process);
    }

    private ChildInvocation afterPost(RuntimePost post, long invocationDeadline) {
        // A post just before the deadline still gets its logs: the runtime's next call follows at once.
        long deadline = Math.max(invocationDeadline, System.nanoTime() + POST_GRACE.toNanos());
        Integer segment = deliveredAt.remove(post.requestId());
        int index = segment == null ? boundaries : segment;
        while (!closedSegments.containsKey(index)) {
            if (!awaitChange(deadline)) {
                killAndAwaitExit(); // a runtime that neither polls again nor exits is broken; its exit closes the segment
                break;
            }
        }
        ChildLogs logs = closedSegments.remove(index);
        Integer exitedWith = exitCode != null && index == boundaries ? exitCode : null;
        return switch (post.kind()) {
            case RESPONSE -> result(ChildInvocation.Outcome.RESPONSE, post.body(), post.functionErrorType(), exitedWith, logs,
                    post.headers());
            case ERROR -> result(ChildInvocation.Outcome.ERROR, post.body(), RapidErrors.sanitizeErrorType(post.functionErrorType()),
                    exitedWith, logs, post.headers());
            case RESPONSE_TOO_LARGE -> result(ChildInvocation.Outcome.ERROR, RapidErrors.responseSizeTooLarge(post.bodyLength()),
                    RapidErrors.RESPONSE_SIZE_TOO_LARGE, exitedWith, logs, post.headers());
            case INIT_ERROR -> throw new IllegalStateException("init errors are not per invocation");
        };
    }

    private ChildInvocation initErrorOutcome(long deadline) {
        initErrorSurfaced = true;
        if (!awaitExit(deadline)) {
            killAndAwaitExit(); // the RIC exits right after posting; one that does not is stopped here
        }
        return result(ChildInvocation.Outcome.INIT_ERROR, initError.body(), RapidErrors.sanitizeErrorType(initError.functionErrorType()), exitCode,
                finalSegment(), initError.headers());
    }

    /** The output from the last boundary to the exit; called once the child has exited. */
    private ChildLogs finalSegment() {
        ChildLogs logs = closedSegments.remove(boundaries);
        return logs == null ? ChildLogs.EMPTY : logs;
    }

    private ChildInvocation result(ChildInvocation.Outcome outcome, byte[] body, String functionErrorType, Integer exited,
                                    ChildLogs logs, Map<String, String> requestHeaders) {
        IllegalStateException failure = output.failure();
        if (failure != null) {
            throw failure;
        }
        ChildLogs all = logs == null ? ChildLogs.EMPTY : logs;
        return new ChildInvocation(outcome, body, functionErrorType, exited, all.records(), all.stdoutLines(), all.stderrLines(),
                requestHeaders);
    }

    /** Waits on {@link #lock} for a change; false when the deadline has passed. Must hold the lock. */
    private boolean awaitChange(long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        try {
            lock.wait(Math.max(1, remaining / 1_000_000), 0);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the child JVM", e);
        }
    }

    /** Waits until the exit watcher has recorded the exit; false if it has not by the deadline. Must hold the lock. */
    private boolean awaitExit(long deadline) {
        while (exitCode == null) {
            if (!awaitChange(deadline)) {
                return false;
            }
        }
        return true;
    }

    private void killAndAwaitExit() {
        samplePeakMemory();
        LiveChildren.kill(process);
        if (!awaitExit(System.nanoTime() + EXIT_WAIT.toNanos())) {
            throw new IllegalStateException("The child JVM (pid " + process.pid() + ") did not die within " + EXIT_WAIT
                    + " of being killed.");
        }
    }

    private void watchForExit() {
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the exit must still be recorded, or every waiter hangs to its deadline
            }
        }
        onChildExit();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void onChildExit() {
        int code = process.exitValue();
        synchronized (lock) {
            closedSegments.put(boundaries, output.drain());
            exitCode = code;
            lock.notifyAll();
        }
        LiveChildren.unregister(process);
    }

    /** Cuts the child's output at each {@code next} call, before the invocation it asks for goes out. */
    private final class SegmentingListener implements RuntimeApiListener {

        @Override
        public void onNextRequested() {
            synchronized (lock) {
                if (exitCode != null) {
                    return;
                }
                samplePeakMemory();
                ChildLogs logs = output.drain();
                if (boundaries == 0) {
                    initLogs = logs;
                    firstNextNanos = System.nanoTime();
                } else {
                    closedSegments.put(boundaries, logs);
                }
                boundaries++;
                lock.notifyAll();
            }
        }

        @Override
        public void onSpareWaiting() {
            synchronized (lock) {
                spareWaitingNanos = System.nanoTime();
                lock.notifyAll();
            }
        }

        @Override
        public void onInvocationDelivered(RuntimeApiInvocation invocation) {
            synchronized (lock) {
                deliveredAt.put(invocation.requestId(), boundaries);
            }
        }

        @Override
        public void onPost(RuntimePost post) {
            synchronized (lock) {
                samplePeakMemory();
                if (post.kind() == RuntimePost.Kind.INIT_ERROR) {
                    initError = post;
                } else {
                    posts.put(post.requestId(), post);
                }
                lock.notifyAll();
            }
        }
    }

}
