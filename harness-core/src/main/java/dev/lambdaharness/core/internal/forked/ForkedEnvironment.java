package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.AbstractSandbox;
import dev.lambdaharness.core.internal.ApplicationLogFilter;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.InvocationEvents;
import dev.lambdaharness.core.internal.InvocationRecorder;
import dev.lambdaharness.core.internal.InvocationRecording;
import dev.lambdaharness.core.internal.LogStreamNames;
import dev.lambdaharness.core.internal.PlatformErrors;
import dev.lambdaharness.core.internal.PlatformLog;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.TraceIds;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.CpuShare;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.child.TelemetryRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * An execution environment in a child JVM of its own, running the real AWS runtime interface client
 * (the runtime set's) as the Lambda java17/java21 managed runtime runs it (or, where the RIC cannot run or
 * when asked, the harness's own runtime client, {@link RuntimeClients}), against a Runtime API
 * served by the harness. The child starts on the environment's first invocation (a cold start: INIT lasts
 * from the launch to the runtime's first {@code next}) and serves the following ones warm.
 *
 * <p>What the runtime posts becomes the same {@link InvocationResult} an in-process environment
 * gives: the payload, or the error document with the post's {@code Lambda-Runtime-Function-Error-Type}
 * as {@link FunctionError#runtimeErrorType()}; the function's output (stdout and stderr lines in
 * the order written, then the decoded {@code LambdaLogger} records); the platform lines of
 * {@link PlatformLog}; and {@code Max Memory Used} from the child's peak resident memory. A timeout,
 * an exit, an INIT error, a crash or an over-size response discards the environment.
 */
public final class ForkedEnvironment extends AbstractSandbox {

    /** How long a runtime that has failed INIT or exited may take to tell how. */
    private static final Duration SETTLE_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Memory a child may use beyond the function's memory size for a coverage agent the test JVM passed on to it. */
    static final int COVERAGE_MEMORY_ALLOWANCE_MB = 64;
    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private final FunctionConfig config;
    private final ApplicationLogFilter outputFilter;
    private final FunctionCode code;
    private final RuntimeClock clock;
    private final InvocationRecorder recorder;
    private final JavaHome javaHome;
    private final RuntimeClient client;
    private final SpareChild spare;
    private final Runnable afterColdStart;
    private final TimeLimits limits;
    private final ForkedOptions options;

    private volatile ChildJvm child;
    private volatile Path directory;
    private volatile boolean exited;
    private int peakMemoryMb;

    /**
     * Creates an environment with Lambda's time limits, running the client {@link RuntimeClient#fromSystemProperty()}
     * names (by default the RIC where it can run); its child JVM starts on the first invocation.
     */
    public ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock) {
        this(id, config, code, clock, TimeLimits.LAMBDA, ForkedOptions.defaults());
    }

    /** Creates an environment enforcing the given time limits; its child JVM starts on the first invocation. */
    public ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits) {
        this(id, config, code, clock, limits, ForkedOptions.defaults());
    }

    /** Creates an environment with Lambda's time limits running the given client; its child JVM starts on the first invocation. */
    public ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, RuntimeClient runtimeClient) {
        this(id, config, code, clock, TimeLimits.LAMBDA, ForkedOptions.defaults().withRuntimeClient(runtimeClient));
    }

    /**
     * Creates an environment; its child JVM starts on the first invocation.
     *
     * @throws dev.lambdaharness.core.InvalidConfigurationException when the options ask for the RIC where it cannot run
     */
    public ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits,
                             ForkedOptions options) {
        this(id, config, code, clock, limits, options, InitializationType.ON_DEMAND);
    }

    /**
     * Creates an environment initialised as {@code type} says: its child JVM starts on the first
     * invocation, or on {@link #initialiseAhead()} for provisioned concurrency.
     */
    public ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits,
                             ForkedOptions options, InitializationType type) {
        this(id, config, code, clock, limits, options, RuntimeJavaHomes.forRuntime(config.runtime()), null, () -> { }, type);
    }

    /**
     * An environment that adopts a child started ahead ({@link ForkedSpares}), or starts its own when
     * {@code spare} is null; {@code afterColdStart} runs once its first invocation has ended.
     */
    ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits, ForkedOptions options,
                      JavaHome javaHome, SpareChild spare, Runnable afterColdStart) {
        this(id, config, code, clock, limits, options, javaHome, spare, afterColdStart, InitializationType.ON_DEMAND);
    }

    private ForkedEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits,
                      ForkedOptions options, JavaHome javaHome, SpareChild spare, Runnable afterColdStart, InitializationType type) {
        super(id, Isolation.FORKED, spare != null ? spare.logStreamName() : LogStreamNames.newName(config, clock),
                config.version(), type);
        this.limits = limits;
        this.options = options;
        this.config = config;
        this.outputFilter = ApplicationLogFilter.of(config);
        this.code = code;
        this.clock = clock;
        this.javaHome = javaHome;
        this.client = RuntimeClients.resolve(options.runtimeClient(), javaHome);
        this.recorder = new InvocationRecorder(config, new PlatformLog(config, RuntimeClients.runtimeVersionSuffix(client),
                javaHome.featureVersion()),
                clock, () -> peakMemoryMb > 0 ? OptionalInt.of(peakMemoryMb) : OptionalInt.empty());
        this.spare = spare;
        this.afterColdStart = afterColdStart;
    }

    @Override
    public boolean exited() {
        return exited;
    }

    /** The runtime client this environment's child runs: {@link RuntimeClient#RIC} or {@link RuntimeClient#HARNESS}. */
    public RuntimeClient runtimeClient() {
        return client;
    }

    /** The child JVM's process while it runs, for checks such as "the next invocation is served warm by the same JVM". */
    public synchronized Optional<ProcessHandle> process() {
        return child == null || !child.isAlive() ? Optional.empty() : Optional.of(child.processHandle());
    }

    /** The child's environment variables, once it has started. */
    public synchronized Optional<Map<String, String>> environment() {
        return child == null ? Optional.empty() : Optional.of(child.environment());
    }

    @Override
    public InvocationResult invoke(InvocationRequest request) {
        return invoke(request, config.invokedFunctionArn());
    }

    @Override
    public synchronized Optional<InvocationResult> initialiseAhead() {
        checkNotDiscarded();
        if (initialised()) {
            return Optional.empty();
        }
        claimDebugPort();
        // What INIT logs belongs to no invocation: an attempt of its own holds it, and is dropped on success.
        Attempt attempt = new Attempt(UUID.randomUUID().toString(), InvocationRequest.of("{}"), config.invokedFunctionArn());
        attempt.timeoutMs = limits.provisionedInitLimitMs(config);
        attempt.cold = true;
        return Optional.ofNullable(init(attempt, limits.provisionedInitLimitMs(config)));
    }

    @Override
    public synchronized InvocationResult invoke(InvocationRequest request, String invokedFunctionArn, String requestId) {
        checkNotDiscarded();
        if (!initialised()) {
            claimDebugPort();
        }
        takeInvocation();
        Attempt attempt = new Attempt(requestId, request, invokedFunctionArn);
        try {
            if (initialised()) {
                return run(attempt);
            }
            attempt.cold = true;
            try {
                InvocationResult failedInit = init(attempt, limits.initLimitMs());
                return failedInit != null ? failedInit : run(attempt);
            } finally {
                afterColdStart.run();
            }
        } finally {
            if (spare != null) {
                // Before the runtime reads its sink: a pooled spare's segments reach it through a relay.
                spare.forwardSegments();
            }
        }
    }

    /**
     * Kills the child and deletes the environment's files. It does not wait for a running invocation:
     * that one ends as the runtime's death ({@code Runtime.ExitError}, "signal: killed").
     */
    @Override
    public void close() {
        discard();
        ChildJvm running = child != null ? child : spare != null ? spare.child() : null;
        if (running != null) {
            running.close();
        }
        // Only once the child is gone is the port free for another environment.
        options.debugging().port().ifPresent(port -> DebugPorts.release(port, this));
        ForkedFiles.deleteRecursively(directory != null ? directory : spare != null ? spare.directory() : null);
        if (spare != null) {
            spare.closeRelay();
        }
    }

    /** Takes the debug port for this environment's child, or refuses the invocation; once per environment. */
    private void claimDebugPort() {
        if (options.debugging().port().isEmpty() || child != null) {
            return;
        }
        int port = options.debugging().port().getAsInt();
        try {
            DebugPorts.claim(port, this, "Environment " + id() + " of function " + config.functionName());
        } catch (RuntimeException e) {
            discard(); // never started, and never will: the pool closes it
            throw e;
        }
        LOG.log(System.Logger.Level.INFO, "Function " + config.functionName() + ", environment " + id() + ": its JVM waits for"
                + " a debugger on 127.0.0.1:" + port + " (JDWP, suspend=y) before INIT; while debugging, the function"
                + " timeout and the INIT limit are not enforced.");
    }

    /** Starts the child and waits for its first {@code next}; a result when INIT did not end well, else null. */
    private InvocationResult init(Attempt attempt, long initLimitMs) {
        attempt.recording.initStarted();
        if (spare != null) {
            directory = spare.directory();
            child = spare.child();
            child.startSpare(); // a booted spare goes on with INIT; one that ran INIT ahead waits in next
        } else {
            directory = ForkedFiles.environmentDirectory(id());
            Path taskRoot = options.privateTmp() ? ForkedFiles.taskRootOutsideTmp(code) : ForkedFiles.taskRoot(code);
            ChildLaunch launch = ForkedLaunch.of(config, initialization(), taskRoot, directory.resolve("tmp"), logStreamName(),
                    javaHome, options,
                    client, false);
            child = ChildJvm.launch(launch);
        }
        child.limitMemory(memoryLimitMb());
        if (options.cpuShare()) {
            child.limitCpu(CpuShare.forMemory(config.memorySize()));
        }
        Debugging debugging = options.debugging();
        // A spare's INIT began before this invocation: only what is left of the limit remains.
        boolean ready = child.awaitReady(Duration.ofMillis(debugging.waitMs(Math.max(0, initLimitMs
                - child.initElapsed().toMillis()))));
        if (!ready && child.isAlive()) {
            attempt.recording.initTimedOut();
            // Lambda goes on with INIT inside the first invocation, bounded by the function timeout.
            ready = child.awaitReady(Duration.ofMillis(debugging.waitMs(limits.timeoutMs(config))));
        }
        double initDurationMs = child.initElapsed().toNanos() / 1_000_000.0;
        attempt.recording.initEnded(initDurationMs);
        samplePeakMemory();
        if (ready) {
            markInitialised();
            child.initLogs().ifPresent(attempt::function);
            if (!debugging.on()) {
                // Time spent in INIT beyond its own limit was spent inside the invoke phase.
                attempt.timeoutMs -= Math.max(0, (long) initDurationMs - limits.initLimitMs());
            }
            return null;
        }
        if (child.isAlive()) {
            attempt.recording.start();
            return timedOut(attempt, 0.0);
        }
        // The runtime posted an INIT error and exited, or just exited: the invocation hears which.
        ChildInvocation outcome = child.invoke(childRequest(attempt), SETTLE_WAIT);
        attempt.function(logsOf(outcome));
        if (outcome.outcome() == ChildInvocation.Outcome.INIT_ERROR) {
            discard();
            String type = outcome.functionErrorType();
            attempt.recording.initFailed(type);
            return attempt.recording.runtimeFailed(functionError(outcome.body(), type), 0.0);
        }
        attempt.recording.initFailed(child.memoryLimitExceeded() ? PlatformErrors.OUT_OF_MEMORY : "Runtime.ExitError");
        return exitedResult(attempt, outcome.exitCode(), 0.0);
    }

    private InvocationResult run(Attempt attempt) {
        attempt.recording.start();
        long started = System.nanoTime();
        ChildInvocation outcome = child.invoke(childRequest(attempt),
                Duration.ofMillis(options.debugging().waitMs(Math.max(1, attempt.timeoutMs))));
        double durationMs = (System.nanoTime() - started) / 1_000_000.0;
        samplePeakMemory();
        attempt.function(logsOf(outcome));
        if (outcome.exitCode() != null) {
            discard(); // the runtime ended with this invocation (an OutOfMemoryError, a fatal fault)
        }
        switch (outcome.outcome()) {
            case RESPONSE:
                return attempt.recording.succeeded(outcome.body(), durationMs);
            case ERROR:
            case INIT_ERROR: {
                FunctionError error = functionError(outcome.body(), outcome.functionErrorType());
                if (PlatformErrors.responseTooLarge(0).runtimeErrorType().equals(outcome.functionErrorType())) {
                    discard(); // as in-process: a runtime whose response RAPID refused is reset
                }
                return attempt.recording.functionFailed(error, durationMs);
            }
            case EXITED:
                return exitedResult(attempt, outcome.exitCode(), durationMs);
            case TIMED_OUT:
            default:
                return timedOut(attempt, durationMs);
        }
    }

    private InvocationResult exitedResult(Attempt attempt, Integer exitCode, double durationMs) {
        discard();
        exited = true;
        int status = exitCode == null ? 0 : exitCode;
        if (child.memoryLimitExceeded()) {
            peakMemoryMb = config.memorySize(); // killed on going above it: REPORT shows the size itself
            return attempt.recording.exited(PlatformErrors.outOfMemory(attempt.requestId), durationMs);
        }
        // The JVM reports a process a signal ended as 128 + the signal.
        FunctionError error = status > 128 && status <= 128 + 64
                ? PlatformErrors.killedBySignal(attempt.requestId, status - 128)
                : PlatformErrors.exited(attempt.requestId, status);
        return attempt.recording.exited(error, durationMs);
    }

    private InvocationResult timedOut(Attempt attempt, double durationMs) {
        discard();
        if (child.isAlive()) {
            child.close();
        }
        long waitedMs = (long) durationMs + (attempt.cold ? child.initElapsed().toMillis() : 0);
        LOG.log(System.Logger.Level.WARNING, TimeoutNote.of(config.functionName(), id(), attempt.cold, waitedMs,
                limits.timeoutMs(config), TimeoutNote.loadAverage(), TimeoutNote.processors()));
        return attempt.recording.timedOut(durationMs, attempt.timeoutMs);
    }

    /**
     * The function's memory size, which the child is killed above; with the test JVM's coverage agent
     * in the child too, {@link #COVERAGE_MEMORY_ALLOWANCE_MB} more, since its instrumentation is not the function's.
     */
    private int memoryLimitMb() {
        return config.memorySize() + (CoverageAgent.ofThisJvm().isPresent() ? COVERAGE_MEMORY_ALLOWANCE_MB : 0);
    }

    /** Keeps the highest peak seen: a child that has exited can no longer be asked. */
    private void samplePeakMemory() {
        if (child != null) {
            child.peakMemoryMb().ifPresent(mb -> peakMemoryMb = Math.max(peakMemoryMb, mb));
        }
    }

    private ChildRequest childRequest(Attempt attempt) {
        InvocationRequest request = attempt.request;
        String traceId = request.traceHeader().orElseGet(() -> TraceIds.newHeader(clock, config.tracing()));
        // The child reads the machine's clock, so its deadline is on the machine's clock too.
        long deadline = System.currentTimeMillis() + Math.max(1, attempt.timeoutMs);
        return new ChildRequest(attempt.requestId, request.payload(), deadline, attempt.invokedFunctionArn, traceId,
                request.clientContext().orElse(null), request.cognitoIdentity().orElse(null), request.tenantId().orElse(null));
    }

    private static ChildLogs logsOf(ChildInvocation outcome) {
        return new ChildLogs(outcome.records(), outcome.stdoutLines(), outcome.stderrLines());
    }

    /**
     * The error document as posted (or as the Invoke API returned it to a remote caller); its fields parsed
     * where it is the JSON object runtimes post.
     */
    public static FunctionError functionError(byte[] body, String runtimeErrorType) {
        String errorType = null;
        String errorMessage = "";
        List<String> stackTrace = new ArrayList<>();
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                errorType = tree.hasNonNull("errorType") ? tree.get("errorType").asText() : null;
                errorMessage = tree.path("errorMessage").asText("");
                tree.path("stackTrace").forEach(frame -> stackTrace.add(frame.asText()));
            }
        } catch (IOException e) {
            errorMessage = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        return new FunctionError(Optional.ofNullable(errorType), errorMessage, List.copyOf(stackTrace), runtimeErrorType, body);
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.currentTimeMillis());
    }

    /** One invocation in the making: its id, time limit, recording and log events so far. */
    private final class Attempt implements InvocationEvents {
        final String requestId;
        final InvocationRequest request;
        final String invokedFunctionArn;
        final InvocationRecording recording;
        final List<LogEvent> events = new ArrayList<>();
        long timeoutMs = limits.timeoutMs(config);
        boolean cold;

        Attempt(String requestId, InvocationRequest request, String invokedFunctionArn) {
            this.requestId = requestId;
            this.request = request;
            this.invokedFunctionArn = invokedFunctionArn;
            this.recording = recorder.begin(requestId, this);
        }

        @Override
        public void platform(List<String> lines) {
            Instant time = now();
            lines.forEach(line -> events.add(new LogEvent(time, LogEvent.Source.PLATFORM, line)));
        }

        /**
         * The function's output of one stretch: stdout and stderr (one stream, so in the order written),
         * then the LambdaLogger records, each at the time the RIC stamped on it. The output lines pass the
         * platform's {@link ApplicationLogFilter}; the records were filtered by the runtime client.
         */
        void function(ChildLogs logs) {
            Instant time = now();
            for (List<String> lines : List.of(logs.stdoutLines(), logs.stderrLines())) {
                lines.stream().filter(outputFilter::keeps)
                        .forEach(line -> events.add(new LogEvent(time, LogEvent.Source.FUNCTION, line)));
            }
            for (TelemetryRecord record : logs.records()) {
                String text = record.messageText();
                // One record is one event; the trailing line break of a JSON record is framing, not content.
                String message = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                long micros = record.timestampMicros();
                events.add(new LogEvent(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000),
                        LogEvent.Source.FUNCTION, message));
            }
        }

        @Override
        public List<LogEvent> events() {
            return events;
        }
    }
}
