package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.LogStreamNames;
import dev.lambdaharness.core.internal.PlatformErrors;
import dev.lambdaharness.core.internal.PlatformLog;
import dev.lambdaharness.core.internal.ReservedEnvironment;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.TraceIds;
import dev.lambdaharness.core.internal.handler.ErrorBody;
import dev.lambdaharness.core.internal.handler.FunctionHandler;
import dev.lambdaharness.core.internal.handler.HandlerLoadCrash;
import dev.lambdaharness.core.internal.handler.HandlerLoader;
import dev.lambdaharness.core.internal.handler.InitFailure;
import dev.lambdaharness.core.internal.handler.InvocationFailure;
import dev.lambdaharness.core.internal.handler.Log4jRequestIds;
import dev.lambdaharness.core.internal.handler.RuntimeLogger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * An execution environment inside the test JVM: its own class loader (so a cold start runs static
 * initialisers again), its own thread, log and environment variables. INIT runs lazily on the
 * first invocation, as on-demand environments do; one invocation runs at a time.
 */
public final class InProcessEnvironment implements Sandbox {

    /** Lambda's limit on the INIT phase of an on-demand environment. */
    static final long INIT_LIMIT_MS = TimeLimits.INIT_LIMIT_MS;
    /** RAPID's cap on a response: 6 MiB plus 100 bytes. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private final String id;
    private final FunctionConfig config;
    private final RuntimeClock clock;
    private final PlatformLog platformLog;
    private final String logStreamName;
    private final Map<String, String> environment;
    private final InvocationLog log;
    private final FunctionClassLoader loader;
    private final EnvironmentThread thread;
    private final RuntimeLogger logger;
    private final InProcessBinding binding;
    private final TimeLimits limits;
    private final Debugging debugging;

    private FunctionHandler handler;
    private boolean initialised;
    private volatile boolean discarded;
    private int invocations;

    /** Creates an environment with Lambda's time limits; nothing of the function runs until the first invocation. */
    public InProcessEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock) {
        this(id, config, code, clock, TimeLimits.LAMBDA, Debugging.OFF);
    }

    /** Creates an environment enforcing the given time limits; nothing runs until the first invocation. */
    public InProcessEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock,
            TimeLimits limits) {
        this(id, config, code, clock, limits, Debugging.OFF);
    }

    /**
     * Creates an environment; nothing of the function runs until the first invocation. While
     * {@code debugging}, the function runs without time limits, for the test JVM's own debugger.
     */
    public InProcessEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock,
            TimeLimits limits, Debugging debugging) {
        this.limits = limits;
        this.debugging = debugging;
        this.id = id;
        this.config = config;
        this.clock = clock;
        this.platformLog = new PlatformLog(config);
        this.logStreamName = LogStreamNames.newName(config, clock);
        this.environment = ReservedEnvironment.of(config, logStreamName, taskRoot(code), null);
        this.log = new InvocationLog(clock);
        StandardStreams.install();
        this.binding = new InProcessBinding(environment, log);
        this.loader = new FunctionClassLoader(code.classpath(), binding);
        this.logger = new RuntimeLogger((message, level) -> log.record(message), config.logFormat(), minimumLevel(config),
                clock::currentTimeMillis);
        // The RIC runs the handler on the JVM's main thread; logging patterns such as [%t] show its name.
        this.thread = new EnvironmentThread("main", loader, log, logger);
        SharedRuntimeLogger.install();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Isolation isolation() {
        return Isolation.IN_PROCESS;
    }

    @Override
    public String logStreamName() {
        return logStreamName;
    }

    @Override
    public synchronized boolean initialised() {
        return initialised;
    }

    @Override
    public boolean discarded() {
        return discarded;
    }

    @Override
    public synchronized int invocationCount() {
        return invocations;
    }

    /** The environment variables the function sees. */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * Runs one invocation: INIT first when this is the environment's first, then the handler, bounded
     * by the function timeout.
     */
    @Override
    public synchronized InvocationResult invoke(InvocationRequest request) {
        if (discarded) {
            throw new IllegalStateException("Environment " + id + " was discarded and serves no more invocations");
        }
        invocations++;
        String requestId = UUID.randomUUID().toString();
        long timeoutMs = limits.timeoutMs(config);
        boolean coldStart = !initialised;
        Double initDurationMs = null;
        long startNanos = clock.nanoTime();
        if (coldStart) {
            platformLog.initStart(now()).forEach(log::platform);
            InitOutcome init = runInit(timeoutMs);
            initDurationMs = init.durationMs;
            if (binding.exitStatus() != null) {
                platformLog.initReport(now(), init.durationMs, "init", "error", "Runtime.ExitError")
                        .forEach(log::platform);
                platformLog.start(now(), requestId).forEach(log::platform);
                return exited(requestId, 0.0, initDurationMs, coldStart);
            }
            if (init.failure != null) {
                return initFailed(requestId, init, coldStart);
            }
            if (init.crash != null) {
                platformLog.start(now(), requestId).forEach(log::platform);
                FunctionError error = PlatformErrors.runtimeCrashed(requestId, init.crash);
                return finish(requestId, error.body(), error, 0.0, initDurationMs, coldStart, "error",
                        error.runtimeErrorType());
            }
            if (init.timedOut) {
                return timedOut(requestId, timeoutMs, initDurationMs, coldStart);
            }
            // INIT ends at the runtime's first next call: a line it left open ends there too.
            log.flushPartialLines();
            startNanos = clock.nanoTime();
            if (!debugging.on()) {
                // Time spent in INIT beyond its own limit was spent inside the invoke phase.
                timeoutMs -= Math.max(0, (long) init.durationMs - limits.initLimitMs());
            }
        }
        platformLog.start(now(), requestId).forEach(log::platform);
        long deadline = clock.currentTimeMillis() + timeoutMs;
        String traceId = request.traceHeader().orElseGet(() -> TraceIds.newHeader(clock, config.tracing()));
        InvocationContext context = new InvocationContext(requestId, config, logStreamName, deadline, clock, logger,
                request.cognitoIdentity().orElse(null), request.clientContext().orElse(null), traceId,
                request.tenantId().orElse(null));
        // The runtime sets com.amazonaws.xray.traceHeader before each invocation.
        binding.setTraceHeader(traceId);
        byte[] payload = request.payload();
        EnvironmentThread.Handoff<byte[]> response = thread.submit(() -> {
            Log4jRequestIds.put(loader, requestId, binding.err());
            return handler.handle(payload, context);
        });
        byte[] body;
        FunctionError error = null;
        String status = "success";
        String platformErrorType = null;
        try {
            body = response.get(debugging.waitMs(Math.max(timeoutMs, 1)));
            if (body.length > MAX_RESPONSE_BYTES) {
                error = PlatformErrors.responseTooLarge(body.length);
                body = error.body();
                discard();
            }
        } catch (TimeoutException e) {
            return timedOut(requestId, timeoutMs, initDurationMs, coldStart, startNanos);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationFailure) {
                InvocationFailure failure = (InvocationFailure) cause;
                error = functionError(failure.body(), failure.runtimeErrorType());
                if (binding.exitStatus() == null) {
                    // After an exit the runtime process is gone: nothing of it logs the exit's unwinding.
                    logger.runtimeError(failure.logText());
                }
                if (failure.fatal()) {
                    discard();
                }
            } else {
                error = PlatformErrors.runtimeCrashed(requestId, cause);
                status = "error";
                platformErrorType = error.runtimeErrorType();
                discard();
            }
            body = error.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for invocation " + requestId, e);
        }
        double durationMs = (clock.nanoTime() - startNanos) / 1_000_000.0;
        if (binding.exitStatus() != null) {
            // An exit wins over whatever the handler's frames made of the EnvironmentExit on its way out.
            return exited(requestId, durationMs, initDurationMs, coldStart);
        }
        return finish(requestId, body, error, durationMs, initDurationMs, coldStart, status, platformErrorType);
    }

    @Override
    public boolean exited() {
        return binding.exitStatus() != null;
    }

    private InvocationResult exited(String requestId, double durationMs, Double initDurationMs, boolean coldStart) {
        discard();
        FunctionError error = PlatformErrors.exited(requestId, binding.exitStatus());
        log.flushPartialLines();
        // The platform's own account of the exit, between the function's output and END.
        log.platform(error.errorMessage());
        log.platform(error.runtimeErrorType());
        return finish(requestId, error.body(), error, durationMs, initDurationMs, coldStart, "error",
                error.runtimeErrorType());
    }

    @Override
    public void close() {
        discarded = true;
        thread.stop();
        binding.dropShutdownHooks();
        LeftoverThreads.interrupt(loader, thread.thread());
        try {
            loader.close();
        } catch (IOException ignored) {
            // The loader's jars are read-only; nothing is lost if closing them fails.
        }
    }

    private InitOutcome runInit(long timeoutMs) {
        long started = clock.nanoTime();
        EnvironmentThread.Handoff<FunctionHandler> loaded = thread.submit(() -> HandlerLoader.load(config.handler(), loader, binding.err()));
        InitOutcome outcome = new InitOutcome();
        try {
            try {
                handler = loaded.get(debugging.waitMs(limits.initLimitMs()));
            } catch (TimeoutException overLimit) {
                platformLog.initReport(now(), INIT_LIMIT_MS, "init", "timeout", null).forEach(log::platform);
                // Lambda retries INIT inside the first invocation, bounded by the function timeout.
                handler = loaded.get(debugging.waitMs(Math.max(1, timeoutMs)));
            }
            initialised = true;
        } catch (TimeoutException e) {
            outcome.timedOut = true;
            thread.interrupt();
            discard();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HandlerLoadCrash) {
                // The runtime itself dies while loading the handler: its stderr, then the process exits.
                HandlerLoadCrash crash = (HandlerLoadCrash) cause;
                binding.err().print(crash.stderrText());
                binding.exit(crash.exitStatus(), "the runtime");
            } else if (cause instanceof InitFailure) {
                outcome.failure = (InitFailure) cause;
            } else {
                outcome.crash = cause;
            }
            discard();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during INIT of environment " + id, e);
        }
        outcome.durationMs = (clock.nanoTime() - started) / 1_000_000.0;
        return outcome;
    }

    private InvocationResult initFailed(String requestId, InitOutcome init, boolean coldStart) {
        InitFailure failure = init.failure;
        logger.runtimeError(failure.logText());
        platformLog.initReport(now(), init.durationMs, "init", "error", failure.runtimeErrorType())
                .forEach(log::platform);
        platformLog.start(now(), requestId).forEach(log::platform);
        FunctionError error = functionError(failure.body(), failure.runtimeErrorType());
        return finish(requestId, error.body(), error, 0.0, init.durationMs, coldStart, "error",
                failure.runtimeErrorType());
    }

    private InvocationResult timedOut(String requestId, long timeoutMs, Double initDurationMs, boolean coldStart) {
        platformLog.start(now(), requestId).forEach(log::platform);
        return timedOut(requestId, timeoutMs, initDurationMs, coldStart, clock.nanoTime());
    }

    private InvocationResult timedOut(String requestId, long timeoutMs, Double initDurationMs, boolean coldStart,
            long startNanos) {
        thread.interrupt();
        discard();
        FunctionError error = PlatformErrors.timedOut(requestId, config.timeout());
        double durationMs = Math.max(timeoutMs, (clock.nanoTime() - startNanos) / 1_000_000.0);
        // Lambda reports the configured timeout as the duration of a timed-out invocation.
        durationMs = Math.min(durationMs, config.timeout().toMillis());
        return finish(requestId, error.body(), error, durationMs, initDurationMs, coldStart, "timeout", null);
    }

    private InvocationResult finish(String requestId, byte[] body, FunctionError error, double durationMs,
            Double initDurationMs, boolean coldStart, String status, String platformErrorType) {
        log.flushPartialLines();
        InvocationReport report = new InvocationReport(requestId, durationMs,
                PlatformLog.billedDurationMs(durationMs, initDurationMs), config.memorySize(), OptionalInt.empty(),
                Optional.ofNullable(initDurationMs), coldStart, status, Optional.ofNullable(platformErrorType));
        platformLog.end(now(), report).forEach(log::platform);
        platformLog.report(now(), report).forEach(log::platform);
        List<dev.lambdaharness.core.LogEvent> events = log.drain();
        return new InvocationResult(requestId, body, error, events, report);
    }

    private void discard() {
        discarded = true;
        thread.stop();
    }

    private static FunctionError functionError(ErrorBody body, String runtimeErrorType) {
        return new FunctionError(Optional.ofNullable(body.errorType()), body.errorMessage(),
                body.stackTrace() == null ? List.of() : List.copyOf(body.stackTrace()), runtimeErrorType,
                body.toJson());
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.currentTimeMillis());
    }

    private static LogLevel minimumLevel(FunctionConfig config) {
        return config.applicationLogLevel().map(level -> LogLevel.valueOf(level.name())).orElse(LogLevel.UNDEFINED);
    }

    private static String taskRoot(FunctionCode code) {
        for (Path entry : code.functionEntries()) {
            if (Files.isDirectory(entry)) {
                return entry.toString();
            }
        }
        return "/var/task";
    }


    /** The outcome of INIT. */
    private static final class InitOutcome {
        double durationMs;
        boolean timedOut;
        InitFailure failure;
        Throwable crash;
    }
}
