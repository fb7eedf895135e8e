package dev.lambdaharness.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulates peak traffic on one function: a number of synchronous invocations, either from a fixed
 * number of callers each invoking back to back ({@link #concurrency(int)}), or sent at a fixed rate
 * on the runtime's clock whatever is still running ({@link #ratePerSecond(double)}). Throttles are
 * counted, not thrown; the summary ({@link LoadTestResult}) gives latencies, cold starts, throttles
 * and errors. A load test is bounded: at most {@value #MAX_INVOCATIONS} invocations and
 * {@value #MAX_CALLERS} callers, and it stops starting invocations at its time limit.
 *
 * <pre>{@code
 * LoadTestResult result = LoadTest.of(function).event("{}").invocations(200).concurrency(20).run();
 * assertThat(result.throttles()).isZero();
 * assertThat(result.coldStarts()).isLessThanOrEqualTo(20);
 * }</pre>
 */
public final class LoadTest {

    /** The most invocations one load test sends. */
    public static final int MAX_INVOCATIONS = 100_000;
    /** The most callers (threads) one load test uses. */
    public static final int MAX_CALLERS = 1000;
    /** How long a load test goes on starting invocations unless {@link #timeLimit(Duration)} says otherwise. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    private final LambdaFunction function;
    private Object event = "{}";
    private int invocations = 100;
    private int concurrency = 10;
    private double ratePerSecond;
    private Duration timeLimit = DEFAULT_TIME_LIMIT;

    private LoadTest(LambdaFunction function) {
        this.function = function;
    }

    /** A load test of a function (or of a version or alias handle). */
    public static LoadTest of(LambdaFunction function) {
        return new LoadTest(Objects.requireNonNull(function, "function"));
    }

    /** The event every invocation sends, as {@link LambdaFunction#invoke(Object)} takes it; {@code "{}"} unless set. */
    public LoadTest event(Object event) {
        this.event = event;
        return this;
    }

    /** How many invocations to send, 1 to {@value #MAX_INVOCATIONS}; 100 unless set. */
    public LoadTest invocations(int count) {
        check("invocations", count, 1, MAX_INVOCATIONS, "for example 100");
        this.invocations = count;
        return this;
    }

    /**
     * Sends from this many callers at once, each invoking again as soon as its last invocation
     * returned (or was throttled), 1 to {@value #MAX_CALLERS}; 10 unless set. Replaces a rate.
     */
    public LoadTest concurrency(int callers) {
        check("concurrency", callers, 1, MAX_CALLERS, "for example 10");
        this.concurrency = callers;
        this.ratePerSecond = 0;
        return this;
    }

    /**
     * Sends invocations at this rate on the runtime's clock, each from a caller of its own, however
     * many are still running (up to {@value #MAX_CALLERS} at once). On a {@link VirtualClock} the
     * clock moves to the next send at once while nothing runs. Replaces a concurrency.
     */
    public LoadTest ratePerSecond(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("ratePerSecond " + rate + " is no rate: give a positive number of"
                    + " invocations per second, for example 50.");
        }
        this.ratePerSecond = rate;
        return this;
    }

    /** How long the test goes on starting invocations, in real time; those not started by then are counted as such. */
    public LoadTest timeLimit(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("timeLimit " + limit + " is not positive: give the real time the load test"
                    + " may take, for example Duration.ofSeconds(30).");
        }
        this.timeLimit = limit;
        return this;
    }

    /** Runs the load test and waits for every started invocation to end. */
    public LoadTestResult run() {
        Collector collector = new Collector();
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        int callers = ratePerSecond > 0 ? Math.min(invocations, MAX_CALLERS) : Math.min(concurrency, invocations);
        ExecutorService pool = Executors.newFixedThreadPool(callers, runnable -> {
            Thread thread = new Thread(runnable, "lambda-harness-load-test");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        try {
            if (ratePerSecond > 0) {
                RuntimeClock clock = function.clock();
                long firstMillis = clock.currentTimeMillis();
                for (int i = 0; i < invocations && System.nanoTime() < deadline; i++) {
                    long due = firstMillis + (long) Math.floor(i * 1000.0 / ratePerSecond);
                    sleepUntil(clock, due);
                    next.incrementAndGet();
                    // Counted as running from now, so that the clock does not move on before the invocation starts.
                    VirtualClock virtual = clock instanceof VirtualClock v ? v : null;
                    if (virtual != null) {
                        virtual.invocationStarted();
                    }
                    running.add(pool.submit(() -> {
                        try {
                            collector.invoke(function, event);
                        } finally {
                            if (virtual != null) {
                                virtual.invocationEnded();
                            }
                        }
                    }));
                }
            } else {
                for (int c = 0; c < callers; c++) {
                    running.add(pool.submit(() -> {
                        while (System.nanoTime() < deadline && next.incrementAndGet() <= invocations) {
                            collector.invoke(function, event);
                        }
                    }));
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The load test of " + function.arn() + " was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A caller of the load test of " + function.arn() + " failed: " + e.getCause(),
                    e.getCause());
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        return collector.result(invocations, wall);
    }

    private static void sleepUntil(RuntimeClock clock, long dueMillis) throws InterruptedException {
        if (clock instanceof VirtualClock virtual) {
            virtual.sleepUntil(dueMillis);
            return;
        }
        long left = dueMillis - clock.currentTimeMillis();
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    private static void check(String setting, int value, int min, int max, String example) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(setting + " " + value + " is out of range: a load test takes " + min
                    + " to " + max + ". Give one in range, " + example + ".");
        }
    }

    /** What the callers saw, gathered across threads. */
    private static final class Collector {
        private final List<InvocationResult> results = new ArrayList<>();
        private final List<TooManyRequestsException> throttles = new ArrayList<>();
        private final List<Duration> latencies = new ArrayList<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();

        void invoke(LambdaFunction function, Object event) {
            int now = inFlight.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            long start = System.nanoTime();
            try {
                InvocationResult result = function.invoke(event);
                Duration latency = Duration.ofNanos(System.nanoTime() - start);
                synchronized (this) {
                    latencies.add(latency);
                    results.add(result);
                }
            } catch (TooManyRequestsException throttle) {
                synchronized (this) {
                    throttles.add(throttle);
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }

        synchronized LoadTestResult result(int requested, Duration wall) {
            return new LoadTestResult(requested, results, throttles, latencies, peak.get(), wall);
        }
    }
}
