package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.Sandbox;
import dev.lambdaharness.core.internal.SandboxFactory;
import dev.lambdaharness.core.internal.TimeLimits;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.xray.XRayRelay;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spare environments shared by many runtimes (a test suite's, {@code SparePool}): spare child JVMs
 * kept by what makes two children interchangeable before INIT, so that a runtime deploying a function
 * takes the spare another runtime's cold start left booting. That is everything a child's process
 * fixes when it starts: its command line (JDK, runtime client, runtime set, memory flags, agents,
 * the function's allowed hosts), its working directory (the task root of the function's code) and its
 * environment variables (the function's configuration). Only what is the spare's own is left out:
 * the Runtime API it is served, its log stream, its temporary directory and its X-Ray daemon, a
 * relay that learns its runtime on adoption ({@link XRayRelay}).
 *
 * <p>The pool holds at most {@code maxSpares} spares, started or starting. A cold start that takes a
 * key's spare starts the next one at once; from a key's second cold start on, it keeps up to
 * {@code maxSpares} for that key, so that on a machine of several processors several spares boot
 * while the tests run: a suite of short tests needs them faster than one JVM boots. Room for a key is made by ending a ready spare of a key
 * holding more than one, or of the key least recently asked for when the asking key holds none (a
 * function just deployed) or that key was not asked for since the asking key's cold start before
 * last.
 *
 * <pre>{@code
 * try (SharedSpares pool = new SharedSpares(SpareEnvironments.BOOTED, 2)) {
 *     SandboxFactory environments = pool.forFunction(config, code, clock, TimeLimits.LAMBDA, options); // a spare boots
 *     Sandbox environment = environments.create("1", config, code, clock);                           // adopts it
 * }
 * }</pre>
 */
public final class SharedSpares implements AutoCloseable {

    /** How long a cold start waits for the launch of a spare already on its way (a process start, not its boot). */
    private static final Duration LAUNCH_WAIT = Duration.ofSeconds(30);
    private static final String PLACEHOLDER = "spare";

    private final SpareEnvironments mode;
    private final int maxSpares;
    private final Map<Key, Slot> slots = new HashMap<>();
    private long uses;
    private boolean closed;

    /**
     * @param mode      {@link SpareEnvironments#BOOTED} or {@link SpareEnvironments#INITIALISED}; {@code NONE} keeps none
     * @param maxSpares the most spare children at once; 0 for none
     */
    public SharedSpares(SpareEnvironments mode, int maxSpares) {
        if (maxSpares < 0) {
            throw new IllegalArgumentException("maxSpares " + maxSpares + " is negative: give 0 for no spares");
        }
        this.mode = mode;
        this.maxSpares = mode == SpareEnvironments.NONE ? 0 : maxSpares;
    }

    /** The most spare children this pool keeps at once. */
    public int maxSpares() {
        return maxSpares;
    }

    /**
     * The environments of one function of one runtime: each adopts the pool's spare of the function's
     * key when there is one (or one on its way), else starts its own JVM. Starts a spare for the key
     * now, unless one is there or on its way.
     */
    public SandboxFactory forFunction(FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits,
                                      ForkedOptions options) {
        FunctionSpares function = new FunctionSpares(config, code, clock, limits, options);
        function.replenish();
        return function::create;
    }

    /** The processes of the spares the pool holds now, booting or waiting to be adopted. */
    public synchronized List<ProcessHandle> processes() {
        List<ProcessHandle> processes = new ArrayList<>();
        for (Slot slot : slots.values()) {
            slot.ready.forEach(spare -> processes.add(spare.child().processHandle()));
        }
        return processes;
    }

    /** Ends every spare no one adopted; spares still starting end once started. Idempotent. */
    @Override
    public void close() {
        List<SpareChild> unused = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Slot slot : slots.values()) {
                unused.addAll(slot.ready);
                slot.ready.clear();
            }
            notifyAll();
        }
        unused.forEach(SpareChild::close);
    }

    /** Takes the key's oldest spare, or the one being launched once its process has started; null for none. */
    private synchronized SpareChild take(Key key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            return null;
        }
        slot.lastUse = ++uses;
        slot.previousTake = slot.lastTake;
        slot.lastTake = slot.lastUse;
        slot.takes++;
        long deadline = System.nanoTime() + LAUNCH_WAIT.toNanos();
        while (slot.ready.isEmpty() && slot.launching > 0 && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return slot.ready.pollFirst();
    }

    /**
     * Starts spares for the function's key in the background until it holds {@code maxSpares} or the
     * pool is full and no spare may make room.
     */
    private void replenish(FunctionSpares function) {
        while (true) {
            SpareChild evicted;
            Slot slot;
            synchronized (this) {
                if (closed) {
                    return;
                }
                slot = slots.computeIfAbsent(function.key, key -> new Slot());
                slot.lastUse = ++uses;
                if (slot.held() >= slot.wanted(maxSpares)) {
                    return;
                }
                evicted = null;
                if (held() >= maxSpares) {
                    Slot victim = victimFor(slot);
                    if (victim == null) {
                        return;
                    }
                    evicted = victim.ready.pollLast(); // the youngest: it has had least of its boot
                }
                slot.launching++;
            }
            if (evicted != null) {
                evicted.close();
            }
            ForkedSpares.LAUNCHER.execute(() -> launch(function, slot));
        }
    }

    /**
     * The key that gives up a ready spare to make room for {@code slot}: the one holding most, if it
     * holds more than one; else the one least recently asked for, when {@code slot} holds none or that
     * key was not asked for since {@code slot}'s cold start before last (its tests are over: the
     * suite has moved on to another function).
     */
    private Slot victimFor(Slot slot) {
        Slot richest = null;
        Slot oldest = null;
        for (Slot other : slots.values()) {
            if (other == slot || other.ready.isEmpty()) {
                continue;
            }
            if (richest == null || other.ready.size() > richest.ready.size()) {
                richest = other;
            }
            if (oldest == null || other.lastUse < oldest.lastUse) {
                oldest = other;
            }
        }
        if (richest != null && richest.ready.size() > 1) {
            return richest;
        }
        return oldest != null && (slot.held() == 0 || oldest.lastUse < slot.previousTake) ? oldest : null;
    }

    private void launch(FunctionSpares function, Slot slot) {
        SpareChild spare = null;
        try {
            spare = ForkedSpares.start(function.config, function.code, function.clock, function.options, function.javaHome,
                    function.client, mode == SpareEnvironments.INITIALISED, XRayRelay.open());
        } finally {
            boolean unused;
            synchronized (this) {
                slot.launching--;
                unused = closed;
                if (!closed && spare != null) {
                    slot.ready.addLast(spare);
                }
                notifyAll();
            }
            if (unused && spare != null) {
                spare.close();
            }
        }
    }

    private int held() {
        int held = 0;
        for (Slot slot : slots.values()) {
            held += slot.held();
        }
        return held;
    }

    /** One key's place in the pool: its spares ready (oldest first) and being launched, and when it was asked for. */
    private static final class Slot {
        final Deque<SpareChild> ready = new ArrayDeque<>();
        int launching;
        long lastUse;
        long lastTake;
        long previousTake;
        int takes;

        /**
         * How many spares the key should hold: one until its cold starts come one after another, then
         * as many as the pool may, so a class of one test leaves one spare unused, not the pool's worth.
         */
        int wanted(int maxSpares) {
            return Math.min(maxSpares, Math.max(1, takes));
        }

        int held() {
            return ready.size() + launching;
        }
    }

    /**
     * What a child's process fixes when it starts, less what is each spare's own.
     *
     * @param command     the java command line
     * @param taskRoot    its working directory
     * @param environment its environment variables
     * @param privateTmp  the {@code /tmp} mounted for it, if any
     * @param stopGrace   how it is stopped
     * @param initAhead   whether it runs INIT before it is adopted
     */
    private record Key(List<String> command, Path taskRoot, Map<String, String> environment, Optional<Object> privateTmp,
                       Duration stopGrace, boolean initAhead) {

        static Key of(ChildLaunch launch, boolean initAhead) {
            return new Key(launch.javaCommand(), launch.taskRoot(), launch.environment().apply("127.0.0.1:0"),
                    Optional.ofNullable(launch.privateTmp()), launch.stopGrace(), initAhead);
        }
    }

    /** One function of one runtime, drawing on the pool. */
    private final class FunctionSpares {
        final FunctionConfig config;
        final FunctionCode code;
        final RuntimeClock clock;
        final TimeLimits limits;
        final ForkedOptions options;
        final JavaHome javaHome;
        final RuntimeClient client;
        final Key key;

        FunctionSpares(FunctionConfig config, FunctionCode code, RuntimeClock clock, TimeLimits limits, ForkedOptions options) {
            this.config = config;
            this.code = code;
            this.clock = clock;
            this.limits = limits;
            this.options = options;
            this.javaHome = RuntimeJavaHomes.forRuntime(config.runtime());
            this.client = RuntimeClients.resolve(options.runtimeClient(), javaHome);
            boolean initAhead = mode == SpareEnvironments.INITIALISED;
            Path taskRoot = options.privateTmp() ? ForkedFiles.taskRootOutsideTmp(code) : ForkedFiles.taskRoot(code);
            // The placeholders stand for what each spare has of its own, so they are the same in every key.
            this.key = Key.of(ForkedLaunch.of(config, taskRoot, Path.of(PLACEHOLDER), PLACEHOLDER, javaHome,
                    options.withXrayDaemon("127.0.0.1:0"), client, !initAhead), initAhead);
        }

        void replenish() {
            SharedSpares.this.replenish(this);
        }

        Sandbox create(String id, FunctionConfig ignoredConfig, FunctionCode ignoredCode, RuntimeClock ignoredClock,
                InitializationType type) {
            if (type != InitializationType.ON_DEMAND) {
                // Spares start on demand; an environment initialised ahead starts its own child.
                return new ForkedEnvironment(id, config, code, clock, limits, options, type);
            }
            SpareChild spare = take(key);
            if (spare != null) {
                spare.adoptedBy(options);
            }
            // The next test's spare boots now, beside this cold start: a short test would not give it the time after.
            replenish();
            return new ForkedEnvironment(id, config, code, clock, limits, options, javaHome, spare, this::replenish);
        }
    }
}
