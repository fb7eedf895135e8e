package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.LogStreamNames;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.xray.XRayRelay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The spare environment of one forked function ({@link SpareEnvironments}): at most one child JVM
 * started ahead, adopted by the next environment the function creates. A new spare starts once the
 * environment that adopted the last one has finished its cold start, so the two JVMs do not compete
 * for the CPU during that cold start. A function's configuration and code are fixed when it is
 * deployed, so a spare's command line and environment variables are the environment's own.
 *
 * <pre>{@code
 * ForkedOptions options = ForkedOptions.DEFAULTS.withSpares(SpareEnvironments.BOOTED);
 * ForkedSpares spares = new ForkedSpares(config, code, clock, TimeLimits.LAMBDA, options);
 * spares.replenish();                                   // starts booting a spare
 * Sandbox environment = spares.create("1", config, code, clock); // adopts it
 * }</pre>
 */
public final class ForkedSpares implements AutoCloseable {

    private static final AtomicInteger SPARES = new AtomicInteger();
    /** Starts spares one at a time, in the background: a launch is quick, the boot it starts runs on. */
    static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "lambda-harness-spares");
        thread.setDaemon(true);
        return thread;
    });
    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private final FunctionConfig config;
    private final FunctionCode code;
    private final RuntimeClock clock;
    private final TimeLimits limits;
    private final ForkedOptions options;
    private final JavaHome javaHome;
    private final RuntimeClient client;
    private final boolean initAhead;
    private SpareChild ready;
    private boolean launching;
    private boolean closed;

    /**
     * @param options their {@link ForkedOptions#spares()} {@link SpareEnvironments#BOOTED} or {@link SpareEnvironments#INITIALISED},
     *                without debugging
     * @throws dev.lambdaharness.core.InvalidConfigurationException when the runtime client cannot run on the runtime's JDK
     */
    public ForkedSpares(FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits, ForkedOptions options) {
        SpareEnvironments mode = options.spares();
        if (mode == SpareEnvironments.NONE) {
            throw new IllegalArgumentException("ForkedSpares keeps spares; with SpareEnvironments.NONE create environments directly.");
        }
        if (options.debugging().on()) {
            throw new IllegalArgumentException("A spare's JVM would wait for the debugger too: debug without spares.");
        }
        this.config = config;
        this.code = code;
        this.clock = clock;
        this.limits = limits;
        this.javaHome = RuntimeJavaHomes.forRuntime(config.runtime());
        this.options = options;
        this.client = RuntimeClients.resolve(options.runtimeClient(), javaHome);
        this.initAhead = mode == SpareEnvironments.INITIALISED;
    }

    /** A new environment of the function, in the spare when there is one; a {@link dev.lambdaharness.core.internal.SandboxFactory}. */
    public Sandbox create(String id, FunctionConfig ignoredConfig, FunctionCode ignoredCode, RuntimeClock ignoredClock) {
        return create(id, ignoredConfig, ignoredCode, ignoredClock, InitializationType.ON_DEMAND);
    }

    /** A new environment of the function: in the spare when there is one and it is initialised on demand. */
    public Sandbox create(String id, FunctionConfig ignoredConfig, FunctionCode ignoredCode, RuntimeClock ignoredClock,
            InitializationType type) {
        if (type != InitializationType.ON_DEMAND) {
            // A spare started on demand; an environment initialised ahead starts its own child.
            return new ForkedEnvironment(id, config, code, clock, limits, options, type);
        }
        SpareChild spare;
        synchronized (this) {
            spare = ready;
            ready = null;
        }
        return new ForkedEnvironment(id, config, code, clock, limits, options, javaHome, spare, this::replenish);
    }

    /** Starts a spare in the background, unless there is one, one is starting, or the spares are closed. */
    public synchronized void replenish() {
        if (closed || ready != null || launching) {
            return;
        }
        launching = true;
        LAUNCHER.execute(this::launch);
    }

    /**
     * Waits until a spare is ready to be adopted: booted and waiting, or (INIT ahead) waiting for its
     * first invocation. For benchmarks and tests that measure a cold start in a spare.
     *
     * @return false when none is by the deadline (none was started, or it failed)
     */
    public boolean awaitReady(Duration maxWait) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        SpareChild spare;
        synchronized (this) {
            while (ready == null && launching) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            spare = ready;
        }
        if (spare == null) {
            return false;
        }
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return initAhead ? spare.child().awaitReady(left) : spare.child().awaitSpareWaiting(left);
    }

    /** The process of the spare waiting to be adopted, if one is. */
    synchronized java.util.Optional<ProcessHandle> spareProcess() {
        return ready == null ? java.util.Optional.empty() : java.util.Optional.of(ready.child().processHandle());
    }

    /** Ends the spare that no environment adopted. */
    @Override
    public void close() {
        SpareChild unused;
        synchronized (this) {
            closed = true;
            unused = ready;
            ready = null;
            notifyAll();
        }
        if (unused != null) {
            unused.close();
        }
    }

    private void launch() {
        SpareChild spare = start(config, code, clock, options, javaHome, client, initAhead, null);
        boolean unused;
        synchronized (this) {
            launching = false;
            unused = closed;
            if (!closed) {
                ready = spare;
            }
            notifyAll();
        }
        if (unused && spare != null) {
            spare.close();
        }
    }

    /**
     * Starts a spare child for the function, its command line and environment the environment's own,
     * or logs why it could not and returns null (cold starts then start their JVM themselves).
     *
     * @param relay the X-Ray relay the child is handed, or null for the runtime's sink {@code options} names
     */
    static SpareChild start(FunctionConfig config, FunctionCode code, RuntimeClock clock, ForkedOptions options, JavaHome javaHome,
                            RuntimeClient client, boolean initAhead, XRayRelay relay) {
        try {
            String logStreamName = LogStreamNames.newName(config, clock);
            Path directory = ForkedFiles.environmentDirectory("spare" + SPARES.incrementAndGet());
            Path taskRoot = options.privateTmp() ? ForkedFiles.taskRootOutsideTmp(code) : ForkedFiles.taskRoot(code);
            ForkedOptions launched = relay == null ? options : options.withXrayDaemon(relay.address());
            ChildLaunch launch = ForkedLaunch.of(config, taskRoot, directory.resolve("tmp"), logStreamName, javaHome, launched,
                    client, !initAhead);
            return new SpareChild(ChildJvm.launch(launch), directory, logStreamName, relay);
        } catch (RuntimeException e) {
            if (relay != null) {
                relay.close();
            }
            LOG.log(System.Logger.Level.WARNING, "Function " + config.functionName() + ": could not start a spare environment;"
                    + " its cold starts start their JVM then: " + e.getMessage(), e);
            return null;
        }
    }
}
