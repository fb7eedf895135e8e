package dev.lambdaharness.core.internal.forked.client;

import dev.lambdaharness.core.internal.handler.FunctionHandler;
import dev.lambdaharness.core.internal.handler.HandlerLoadCrash;
import dev.lambdaharness.core.internal.handler.HandlerLoader;
import dev.lambdaharness.core.internal.handler.InitFailure;
import dev.lambdaharness.core.internal.handler.InvocationFailure;
import dev.lambdaharness.core.internal.handler.LambdaContext;
import dev.lambdaharness.core.internal.handler.Log4jRequestIds;
import dev.lambdaharness.core.internal.handler.RuntimeLogSettings;
import dev.lambdaharness.core.internal.handler.RuntimeLogger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The harness's own runtime client, for machines where the RIC's native client does not exist:
 * the runtime loop of a forked child, speaking the Runtime API (2018-06-01) as the RIC does and
 * reusing the harness's implementation of the RIC's rules ({@link HandlerLoader} and the serialiser
 * choice of the event model) rather than a second copy.
 *
 * <p>{@link #prepare} does what involves no function code: it reads the environment, sets up the
 * logger, standard streams and JVM-wide settings as the RIC does, and loads the runtime's own
 * classes. {@link #run} is the rest: INIT (the function's class loader, the handler) and the loop
 * of {@code next}, handler, post. A failed {@code next} ends the JVM.
 *
 * <pre>{@code
 * Runnable runtime = HarnessRuntime.prepare("com.example.Hello::handleRequest", false);
 * runtime.run(); // returns only when a fatal fault ends the loop, as the RIC's main does
 * }</pre>
 */
public final class HarnessRuntime implements Runnable {

    private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";

    private final String handlerString;
    private final FunctionFacts facts;
    private final RuntimeLogger logger;
    private final RuntimeApiClient api;

    private HarnessRuntime(String handlerString, FunctionFacts facts, RuntimeLogger logger, RuntimeApiClient api) {
        this.handlerString = handlerString;
        this.facts = facts;
        this.logger = logger;
        this.api = api;
    }

    /**
     * Everything before the function's code runs.
     *
     * @param spare whether the JVM is a spare, with time to load ahead what INIT would load
     *
     * @throws IllegalArgumentException for an {@code AWS_LAMBDA_LOG_LEVEL} or {@code AWS_LAMBDA_LOG_FORMAT} the runtime
     *     does not know; as in the RIC it ends the JVM at start-up
     */
    public static Runnable prepare(String handlerString, boolean spare) throws IOException {
        FunctionFacts facts = FunctionFacts.of(System.getenv());
        // An unknown value fails the start, as in the RIC.
        RuntimeLogSettings logs = RuntimeLogSettings.of(System.getenv());
        RuntimeApiClient api = new RuntimeApiClient(facts.runtimeApi());
        RuntimeLogger logger = new RuntimeLogger(TelemetrySink.open(facts.telemetryFd(), logs.format()), logs.format(),
                logs.minimum(), System::currentTimeMillis);
        RuntimeSettings.apply(logger);
        if (spare) {
            RuntimeSettings.preload();
        }
        return new HarnessRuntime(handlerString, facts, logger, api);
    }

    @Override
    public void run() {
        try {
            loop(init());
        } catch (RuntimeClientFailure | IOException | UncheckedIOException e) {
            // The RIC lets these end its main; here the JVM ends even if function threads remain, so no child outlives its harness.
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            System.err.print("Exception in thread \"" + Thread.currentThread().getName() + "\" " + trace);
            System.err.flush();
            System.exit(1);
        }
    }

    /** INIT: the function's class loader and its handler; an init error is posted and ends the JVM. */
    private FunctionHandler init() throws IOException {
        ClassLoader function = FunctionClassPath.loader(Path.of(System.getProperty("user.dir")), Path.of("/opt/java"));
        Thread.currentThread().setContextClassLoader(function);
        try {
            return HandlerLoader.load(handlerString, function, System.err);
        } catch (InitFailure failure) {
            logger.runtimeError(failure.logText());
            int status = api.postInitError(failure.runtimeErrorType(), failure.body().toJson());
            if (status != 202) {
                throw new RuntimeClientFailure(api.initErrorUrl(), status);
            }
            System.exit(1);
            throw new IllegalStateException("unreachable");
        } catch (HandlerLoadCrash crash) {
            System.err.print(crash.stderrText());
            System.err.flush();
            System.exit(crash.exitStatus());
            throw new IllegalStateException("unreachable");
        }
    }

    private void loop(FunctionHandler handler) throws IOException {
        ClassLoader function = Thread.currentThread().getContextClassLoader();
        while (true) {
            NextInvocation invocation = api.next();
            if (invocation.traceId() != null) {
                System.setProperty(TRACE_PROPERTY, invocation.traceId());
            } else {
                System.clearProperty(TRACE_PROPERTY);
            }
            Log4jRequestIds.put(function, invocation.requestId(), System.err);
            InvocationFailure failure;
            try {
                byte[] response = handler.handle(invocation.payload(),
                        new LambdaContext(facts, invocation, System::currentTimeMillis, logger));
                int status = api.postResponse(invocation.requestId(), response);
                if (status == 202) {
                    continue;
                }
                // RAPID refused the response (413): the RIC reports its own failure to post as the invocation's error.
                failure = InvocationFailure.ofThrowable(new RuntimeClientFailure("Failed to post invocation response.", status));
            } catch (InvocationFailure thrown) {
                failure = thrown;
            }
            int status;
            try {
                status = api.postError(invocation.requestId(), failure.runtimeErrorType(), failure.body().toJson());
            } finally {
                // The RIC logs the error once its post has returned, whatever the post's fate.
                logger.runtimeError(failure.logText());
            }
            if (status != 202) {
                throw new RuntimeClientFailure(api.errorUrl(invocation.requestId()), status);
            }
            if (failure.fatal()) {
                return; // as the RIC's loop: the JVM ends once the function's own threads have
            }
        }
    }
}
