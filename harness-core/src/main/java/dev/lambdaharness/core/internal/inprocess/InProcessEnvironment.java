package dev.lambdaharness.core.internal.inprocess;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.internal.AbstractSandbox;
import dev.lambdaharness.core.internal.ApplicationLogFilter;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.FunctionAddressPolicy;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.InvocationRecorder;
import dev.lambdaharness.core.internal.InvocationRecording;
import dev.lambdaharness.core.internal.LogStreamNames;
import dev.lambdaharness.core.internal.PlatformErrors;
import dev.lambdaharness.core.internal.PlatformLog;
import dev.lambdaharness.core.internal.RequestIds;
import dev.lambdaharness.core.internal.ReservedEnvironment;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.TraceIds;
import dev.lambdaharness.core.internal.handler.ErrorBody;
import dev.lambdaharness.core.internal.handler.FunctionHandler;
import dev.lambdaharness.core.internal.handler.HandlerLoadCrash;
import dev.lambdaharness.core.internal.handler.HandlerLoader;
import dev.lambdaharness.core.internal.handler.InitFailure;
import dev.lambdaharness.core.internal.handler.InvocationFailure;
import dev.lambdaharness.core.internal.handler.LambdaContext;
import dev.lambdaharness.core.internal.handler.Log4jRequestIds;
import dev.lambdaharness.core.internal.handler.RuntimeLogSettings;
import dev.lambdaharness.core.internal.handler.RuntimeLogger;
import dev.lambdaharness.core.internal.hooks.EphemeralStorage;
import dev.lambdaharness.core.internal.xray.XRayDaemonSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * An execution environment inside the test JVM: its own class loader (so a cold start runs static
 * initialisers again), its own thread, log and environment variables. INIT runs lazily on the
 * first invocation, as on-demand environments do; one invocation runs at a time.
 */
public final class InProcessEnvironment extends AbstractSandbox {

    /**
     * What {@code AWS_LAMBDA_RUNTIME_API} says in-process: the address Lambda's runtimes were given
     * for years and the runtime interface emulator's default (Lambda now gives
     * {@code 169.254.100.1:9001}, which is not loopback). Nothing listens there: an in-process
     * function has no Runtime API.
     */
    public static final String RUNTIME_API_ADDRESS = "127.0.0.1:9001";

    /** RAPID's cap on a response: 6 MiB plus 100 bytes. */
    public static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private final FunctionConfig config;
    private final RuntimeClock clock;
    private final InvocationRecorder recorder;
    private final LambdaContext.Function contextFunction;
    private final Map<String, String> environment;
    private final InvocationLog log;
    private final FunctionClassLoader loader;
    private final EnvironmentThread thread;
    private final RuntimeLogger logger;
    private final InProcessBinding binding;
    private final TimeLimits limits;
    private final Debugging debugging;
    /** Why the runtime would die at start (an unknown log format or level), or null. */
    private final IllegalArgumentException startFailure;

    private FunctionHandler handler;

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
        this(id, config, code, clock, limits, debugging, XRayDaemonSink.LAMBDA_DAEMON_ADDRESS);
    }

    /**
     * As {@link #InProcessEnvironment(String, FunctionConfig, FunctionCode, RuntimeClock, TimeLimits, Debugging)},
     * with the function's X-Ray daemon at {@code xrayDaemon} ({@code host:port}): its runtime's loopback sink.
     */
    public InProcessEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock,
            TimeLimits limits, Debugging debugging, String xrayDaemon) {
        this(id, config, code, clock, limits, debugging, xrayDaemon, InitializationType.ON_DEMAND);
    }

    /**
     * As {@link #InProcessEnvironment(String, FunctionConfig, FunctionCode, RuntimeClock, TimeLimits, Debugging, String)},
     * initialised as {@code type} says: on demand, or ahead ({@link #initialiseAhead()}) for provisioned concurrency.
     */
    public InProcessEnvironment(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock,
            TimeLimits limits, Debugging debugging, String xrayDaemon, InitializationType type) {
        super(id, Isolation.IN_PROCESS, LogStreamNames.newName(config, clock), config.version(), type);
        this.limits = limits;
        this.debugging = debugging;
        this.config = config;
        this.clock = clock;
        // The test JVM's heap is shared by every environment: none has a peak of its own.
        this.recorder = new InvocationRecorder(config,
                new PlatformLog(config, "", Runtime.version().feature()), clock, OptionalInt::empty);
        this.contextFunction = new FunctionValues(config.functionName(), config.version(), config.memorySize(),
                config.logGroup(), logStreamName());
        this.environment = ReservedEnvironment.of(config, type, logStreamName(), taskRoot(code), RUNTIME_API_ADDRESS,
                xrayDaemon);
        this.log = new InvocationLog(clock, ApplicationLogFilter.of(config));
        StandardStreams.install();
        RuntimeLogSettings logs;
        IllegalArgumentException badLogSettings = null;
        try {
            logs = RuntimeLogSettings.of(environment);
        } catch (IllegalArgumentException e) {
            // The runtime dies before its logger exists; nothing is logged through this one.
            logs = RuntimeLogSettings.DEFAULT;
            badLogSettings = e;
        }
        this.startFailure = badLogSettings;
        this.logger = new RuntimeLogger((message, level) -> log.record(message), logs.format(), logs.minimum(),
                clock::currentTimeMillis);
        this.binding = new InProcessBinding(environment, log, logger, new EphemeralStorage(config.ephemeralStorageSize()),
                FunctionAddressPolicy.of(config));
        this.loader = new FunctionClassLoader(code.classpath(), binding);
        // The RIC runs the handler on the JVM's main thread; logging patterns such as [%t] show its name.
        this.thread = new EnvironmentThread("main", loader, log, logger);
        SharedRuntimeLogger.install();
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
    public InvocationResult invoke(InvocationRequest request) {
        return invoke(request, config.invokedFunctionArn());
    }

    @Override
    public synchronized InvocationResult invoke(InvocationRequest request, String invokedFunctionArn, String requestId) {
        checkNotDiscarded();
        if (!initialised()) {
            // Before any of this invocation's clocks start: the harness's own first use is no part of INIT.
            InProcessWarmUp.ensureDone();
        }
        takeInvocation();
        InvocationRecording recording = recorder.begin(requestId, log);
        long timeoutMs = limits.timeoutMs(config);
        long startNanos = clock.nanoTime();
        if (!initialised()) {
            recording.initStarted();
            InitOutcome init = runInit(recording, timeoutMs);
            recording.initEnded(init.durationMs);
            if (binding.exitStatus() != null) {
                recording.initFailed("Runtime.ExitError");
                return exited(recording, 0.0);
            }
            if (init.failure != null) {
                return initFailed(recording, init.failure);
            }
            if (init.crash != null) {
                recording.start();
                return recording.runtimeFailed(PlatformErrors.runtimeCrashed(requestId, init.crash), 0.0);
            }
            if (init.timedOut) {
                recording.start();
                return timedOut(recording, timeoutMs, clock.nanoTime());
            }
            // INIT ends at the runtime's first next call: a line it left open ends there too.
            log.flushPartialLines();
            startNanos = clock.nanoTime();
            if (!debugging.on()) {
                // Time spent in INIT beyond its own limit was spent inside the invoke phase.
                timeoutMs -= Math.max(0, (long) init.durationMs - limits.initLimitMs());
            }
        }
        recording.start();
        long deadline = clock.currentTimeMillis() + timeoutMs;
        String traceId = request.traceHeader().orElseGet(() -> TraceIds.newHeader(clock, config.tracing()));
        LambdaContext context = new LambdaContext(contextFunction, new RequestHeaders(requestId, deadline,
                invokedFunctionArn, traceId, request.clientContext().orElse(null),
                request.cognitoIdentity().orElse(null), request.tenantId().orElse(null)), clock::currentTimeMillis, logger);
        // The runtime sets com.amazonaws.xray.traceHeader before each invocation.
        binding.setTraceHeader(traceId);
        byte[] payload = request.payload();
        EnvironmentThread.Handoff<byte[]> response = thread.submit(() -> {
            Log4jRequestIds.put(loader, requestId, binding.err());
            return handler.handle(payload, context);
        });
        byte[] body;
        FunctionError error = null;
        boolean runtimeFailed = false;
        try {
            body = response.get(debugging.waitMs(Math.max(timeoutMs, 1)));
            if (body.length > MAX_RESPONSE_BYTES) {
                error = PlatformErrors.responseTooLarge(body.length);
                discard();
            }
        } catch (TimeoutException e) {
            return timedOut(recording, timeoutMs, startNanos);
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
                runtimeFailed = true;
                discard();
            }
            body = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for invocation " + requestId, e);
        }
        double durationMs = (clock.nanoTime() - startNanos) / 1_000_000.0;
        if (binding.exitStatus() != null) {
            // An exit wins over whatever the handler's frames made of the EnvironmentExit on its way out.
            return exited(recording, durationMs);
        }
        if (error == null) {
            return recording.succeeded(body, durationMs);
        }
        return runtimeFailed ? recording.runtimeFailed(error, durationMs) : recording.functionFailed(error, durationMs);
    }

    @Override
    public synchronized Optional<InvocationResult> initialiseAhead() {
        checkNotDiscarded();
        if (initialised()) {
            return Optional.empty();
        }
        InProcessWarmUp.ensureDone();
        // What INIT logs belongs to no invocation: a recording of its own holds it, and is dropped on success.
        InvocationRecording recording = recorder.begin(RequestIds.next(), log);
        recording.initStarted();
        InitOutcome init = runInit(recording, limits.provisionedInitLimitMs(config));
        recording.initEnded(init.durationMs);
        if (binding.exitStatus() != null) {
            recording.initFailed("Runtime.ExitError");
            return Optional.of(exited(recording, 0.0));
        }
        if (init.failure != null) {
            return Optional.of(initFailed(recording, init.failure));
        }
        if (init.crash != null) {
            recording.start();
            return Optional.of(recording.runtimeFailed(PlatformErrors.runtimeCrashed(recording.requestId(), init.crash), 0.0));
        }
        if (init.timedOut) {
            recording.start();
            return Optional.of(timedOut(recording, limits.provisionedInitLimitMs(config), clock.nanoTime()));
        }
        log.flushPartialLines();
        log.events();
        return Optional.empty();
    }

    @Override
    public boolean exited() {
        return binding.exitStatus() != null;
    }

    private InvocationResult exited(InvocationRecording recording, double durationMs) {
        discard();
        return recording.exited(PlatformErrors.exited(recording.requestId(), binding.exitStatus()), durationMs);
    }

    @Override
    public void close() {
        discard();
        binding.dropShutdownHooks();
        binding.endProcesses();
        LeftoverThreads.interrupt(loader, thread.thread());
        try {
            loader.close();
        } catch (IOException ignored) {
            // The loader's jars are read-only; nothing is lost if closing them fails.
        }
    }

    private InitOutcome runInit(InvocationRecording recording, long timeoutMs) {
        long started = clock.nanoTime();
        EnvironmentThread.Handoff<FunctionHandler> loaded = thread.submit(() -> {
            if (startFailure != null) {
                throw HandlerLoadCrash.atStart(startFailure);
            }
            return HandlerLoader.load(config.handler(), loader, binding.err());
        });
        InitOutcome outcome = new InitOutcome();
        try {
            try {
                handler = loaded.get(debugging.waitMs(limits.initLimitMs()));
            } catch (TimeoutException overLimit) {
                recording.initTimedOut();
                // Lambda retries INIT inside the first invocation, bounded by the function timeout.
                handler = loaded.get(debugging.waitMs(Math.max(1, timeoutMs)));
            }
            markInitialised();
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
            throw new IllegalStateException("Interrupted during INIT of environment " + id(), e);
        }
        outcome.durationMs = (clock.nanoTime() - started) / 1_000_000.0;
        return outcome;
    }

    private InvocationResult initFailed(InvocationRecording recording, InitFailure failure) {
        logger.runtimeError(failure.logText());
        recording.initFailed(failure.runtimeErrorType());
        return recording.runtimeFailed(functionError(failure.body(), failure.runtimeErrorType()), 0.0);
    }

    private InvocationResult timedOut(InvocationRecording recording, long timeoutMs, long startNanos) {
        thread.interrupt();
        discard();
        return recording.timedOut((clock.nanoTime() - startNanos) / 1_000_000.0, timeoutMs);
    }

    @Override
    protected void discard() {
        super.discard();
        thread.stop();
    }

    private static FunctionError functionError(ErrorBody body, String runtimeErrorType) {
        return new FunctionError(Optional.ofNullable(body.errorType()), body.errorMessage(),
                body.stackTrace() == null ? List.of() : List.copyOf(body.stackTrace()), runtimeErrorType,
                body.toJson());
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

    /** What a {@code Context} tells of the function: the values Lambda sets its variables to. */
    private record FunctionValues(String functionName, String functionVersion, int memoryLimitMb, String logGroupName,
            String logStreamName) implements LambdaContext.Function {
    }

    /** What a {@code Context} tells of the invocation: what the Runtime API's headers would carry. */
    private record RequestHeaders(String requestId, long deadlineEpochMs, String invokedFunctionArn, String traceId,
            String clientContextJson, String cognitoIdentityJson, String tenantId) implements LambdaContext.Invocation {
    }
}
