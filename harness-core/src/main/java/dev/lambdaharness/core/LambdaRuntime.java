package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.forked.ForkedSpares;
import dev.lambdaharness.core.internal.forked.RuntimeClients;
import dev.lambdaharness.core.internal.forked.RuntimeJavaHomes;
import dev.lambdaharness.core.internal.inprocess.InProcessEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Lambda service in miniature for one test: it owns the functions deployed into it and their
 * execution environments, and closing it shuts them all down.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.create()) {
 *     LambdaFunction hello = runtime.function(
 *             FunctionConfig.builder("com.example.Hello::handleRequest").build(),
 *             FunctionCode.fromPaths(Path.of("target/classes")));
 *     InvocationResult result = hello.invoke("\"world\"");
 * }
 * }</pre>
 */
public final class LambdaRuntime implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");
    /** What was said already: a test suite builds a runtime per test, and one warning is enough. */
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private final RuntimeClock clock;
    private final TimeLimits limits;
    private final RuntimeClient runtimeClient;
    private final SpareEnvironments spareEnvironments;
    private final List<ForkedSpares> spares = new ArrayList<>();
    private final List<InvocationListener> listeners;
    private final AtomicInteger environmentCounter = new AtomicInteger();
    private final List<LambdaFunction> functions = new ArrayList<>();
    private boolean closed;

    private LambdaRuntime(RuntimeClock clock, double timeoutScale, List<InvocationListener> listeners, RuntimeClient runtimeClient,
            SpareEnvironments spareEnvironments) {
        this.clock = clock;
        this.runtimeClient = runtimeClient;
        this.spareEnvironments = spareEnvironments;
        this.limits = new TimeLimits(timeoutScale);
        this.listeners = List.copyOf(listeners);
        if (limits.stretched()) {
            logOnce(System.Logger.Level.INFO, "Timeouts are scaled by " + timeoutScale + ": functions may run "
                    + timeoutScale + " times their timeout (and INIT " + timeoutScale + " times its 10 s limit)"
                    + " before they time out. Reports and errors still name Lambda's limits.");
        }
    }

    /** A runtime on the system clock. */
    public static LambdaRuntime create() {
        return builder().build();
    }

    /** Starts configuring a runtime. */
    public static Builder builder() {
        return new Builder();
    }

    /** The runtime's clock. */
    public RuntimeClock clock() {
        return clock;
    }

    /** The factor time limits are stretched by; 1 means Lambda's own limits. */
    public double timeoutScale() {
        return limits.scale();
    }

    /** Deploys a function with in-process isolation. */
    public LambdaFunction function(FunctionConfig config, FunctionCode code) {
        return function(config, code, Isolation.IN_PROCESS);
    }

    /**
     * Deploys a function.
     *
     * @throws InvalidConfigurationException when the configuration needs something this runtime
     *     cannot emulate (a setting that would change results, a Java runtime newer than the test
     *     JVM without a JDK configured for it, forked isolation on Windows, the RIC asked for where it cannot run)
     */
    public synchronized LambdaFunction function(FunctionConfig config, FunctionCode code, Isolation isolation) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(code, "code");
        if (closed) {
            throw new IllegalStateException("This LambdaRuntime is closed. Create a new one to deploy functions.");
        }
        Objects.requireNonNull(isolation, "isolation");
        if (isolation == Isolation.FORKED && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new InvalidConfigurationException("isolation", "FORKED", null, "isolation FORKED starts each environment's"
                    + " JVM through a POSIX /bin/sh, which Windows lacks. Use Isolation.IN_PROCESS here (docs/fidelity.md lists"
                    + " what it cannot isolate), or run the tests on Linux or macOS, for example in WSL.");
        }
        int jvm = Runtime.version().feature();
        boolean ownJdk = isolation == Isolation.FORKED && RuntimeJavaHomes.configured(config.runtime()).isPresent();
        if (config.runtime().featureVersion() > jvm && !ownJdk) {
            JavaRuntime declared = config.runtime();
            throw new InvalidConfigurationException("runtime", declared.id(), null, "runtime " + declared.id()
                    + " needs Java " + declared.featureVersion() + ", but this test JVM is Java " + jvm + ": "
                    + (isolation == Isolation.FORKED
                    ? "forked environments run on the test JVM's JDK unless one is configured for the runtime. Set -D"
                            + RuntimeJavaHomes.property(declared) + " (or " + RuntimeJavaHomes.variable(declared)
                            + ") to a JDK " + declared.featureVersion() + ", run the tests on one,"
                    : "in-process isolation runs the function on the test JVM. Run the tests on JDK "
                            + declared.featureVersion() + ", use Isolation.FORKED with a JDK configured for the runtime,")
                    + " or declare a runtime up to java" + jvm + ".");
        }
        if (isolation == Isolation.FORKED) {
            RuntimeJavaHomes.check(config.runtime());
            RuntimeClients.check(runtimeClient, config.runtime());
        }
        if (config.changesSynchronousResults()) {
            throw new InvalidConfigurationException("configuration", config.settingsNotEmulated().toString(), null,
                    "Lambda Harness cannot emulate yet: " + String.join("; ", config.settingsNotEmulated())
                            + ". Remove these settings for the test.");
        }
        for (String warning : config.settingsNotEmulated()) {
            logOnce(System.Logger.Level.WARNING, "Function " + config.functionName() + ": " + warning);
        }
        if (!code.excluded().isEmpty()) {
            logOnce(System.Logger.Level.WARNING, "Function " + config.functionName() + " runs without these test"
                    + " class path entries, which are not the function's code: " + code.excluded());
        }
        SandboxFactory environments;
        if (isolation == Isolation.IN_PROCESS) {
            environments = (id, c, fc, cl) -> new InProcessEnvironment(id, c, fc, cl, limits);
        } else if (spareEnvironments == SpareEnvironments.NONE) {
            environments = (id, c, fc, cl) -> new ForkedEnvironment(id, c, fc, cl, limits, runtimeClient);
        } else {
            ForkedSpares functionSpares = new ForkedSpares(config, code, clock, limits, runtimeClient, spareEnvironments);
            spares.add(functionSpares);
            functionSpares.replenish();
            environments = functionSpares::create;
        }
        LambdaFunction function = new LambdaFunction(config, code, clock, environmentCounter, limits, listeners, environments);
        functions.add(function);
        return function;
    }

    private static void logOnce(System.Logger.Level level, String message) {
        if (SAID.add(message)) {
            LOG.log(level, message);
        }
    }

    /** Shuts down every environment of every function. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        functions.forEach(LambdaFunction::close);
        spares.forEach(ForkedSpares::close);
    }

    /**
     * Configures a {@link LambdaRuntime}.
     *
     * <pre>{@code
     * LambdaRuntime runtime = LambdaRuntime.builder().clock(RuntimeClock.system()).build();
     * }</pre>
     */
    public static final class Builder {
        private RuntimeClock clock = RuntimeClock.system();
        private double timeoutScale = 1.0;
        private RuntimeClient runtimeClient;
        private SpareEnvironments spareEnvironments = SpareEnvironments.NONE;
        private final List<InvocationListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The runtime client forked environments run: the real RIC, the harness's own, or
         * {@link RuntimeClient#AUTOMATIC} (the RIC where its native client exists, the harness's
         * elsewhere). Without this setting, the system property {@value RuntimeClient#PROPERTY}
         * decides ({@link RuntimeClient#fromSystemProperty()}). In-process environments run neither.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.HARNESS).build();
         * }</pre>
         */
        public Builder runtimeClient(RuntimeClient client) {
            this.runtimeClient = Objects.requireNonNull(client, "client: pass RuntimeClient.AUTOMATIC for the default");
            return this;
        }

        /**
         * Keeps a spare execution environment ready for each forked function, so its cold starts do
         * not wait for a JVM to boot ({@link SpareEnvironments}: {@code BOOTED} runs nothing of the
         * function ahead, {@code INITIALISED} runs its INIT ahead too). Off ({@code NONE}) by default;
         * in-process functions are not affected. Each spare is one more JVM while the runtime lives.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().spareEnvironments(SpareEnvironments.BOOTED).build();
         * }</pre>
         */
        public Builder spareEnvironments(SpareEnvironments spares) {
            this.spareEnvironments = Objects.requireNonNull(spares, "spares: pass SpareEnvironments.NONE for none");
            return this;
        }

        /** The clock deadlines, durations and timestamps read. */
        public Builder clock(RuntimeClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Stretches the time limits the runtime enforces, for machines slower than Lambda's (a busy
         * CI runner): a function times out after {@code factor} times its timeout, INIT after
         * {@code factor} times Lambda's 10 s. What the function and the reports see stays Lambda's:
         * the timeout error still says "Task timed out after 3.00 seconds" for a 3 s function, and a
         * timed-out invocation still lasts the configured timeout in its REPORT. The function's
         * deadline ({@code getRemainingTimeInMillis()}) is stretched with the limit, so a handler
         * that budgets its time stops where the harness would stop it. The runtime logs the factor
         * when it is built, each timeout against the stretched limit, and each invocation that
         * would have timed out on Lambda.
         *
         * <pre>{@code
         * LambdaRuntime runtime = LambdaRuntime.builder().timeoutScale(3).build();
         * }</pre>
         *
         * @param factor at least 1; 1, the default, enforces Lambda's limits as they are
         * @throws InvalidConfigurationException when the factor is below 1, infinite or not a number
         */
        public Builder timeoutScale(double factor) {
            if (!(factor >= 1.0) || Double.isInfinite(factor)) {
                throw new InvalidConfigurationException("timeoutScale", Double.toString(factor), null,
                        "timeoutScale " + factor + " is not valid: the scale stretches Lambda's time limits for"
                                + " slow machines, so it is a finite factor of at least 1 (1 keeps Lambda's limits)."
                                + " Use, for example, 2 on a CI runner that is twice as slow.");
            }
            this.timeoutScale = factor;
            return this;
        }

        /** Adds a listener that hears of every invocation of every function of the runtime. */
        public Builder invocationListener(InvocationListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Creates the runtime.
         *
         * @throws InvalidConfigurationException when {@value RuntimeClient#PROPERTY} names no runtime client
         */
        public LambdaRuntime build() {
            return new LambdaRuntime(clock, timeoutScale, listeners,
                    runtimeClient != null ? runtimeClient : RuntimeClient.fromSystemProperty(), spareEnvironments);
        }
    }
}
