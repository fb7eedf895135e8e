package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.SparePool;
import dev.lambdaharness.junit.testkit.Engine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Forked {@code @LambdaTest} suites share spare environments: a test's cold start runs in the JVM
 * that booted while the test before it ran, and the run's pool ends its spares when the run ends.
 */
@EnabledOnOs(OS.LINUX)
class LambdaTestSparesIT {

    @BeforeEach
    void clear() {
        PooledTestCase.spareAfterFirst.clear();
        PooledTestCase.servedBy.clear();
        PooledTestCase.leftAtEnd.clear();
        PoolOrNotTestCase.pools.clear();
    }

    @Test
    void theNextTestColdStartsInTheSpareThatBootedDuringTheOneBeforeAndNoSpareOutlivesTheRun() throws Exception {
        Engine.run(PooledTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(PooledTestCase.servedBy).hasSize(2);
        assertThat(PooledTestCase.servedBy.get(1)).as("the second test's cold start")
                .isEqualTo(PooledTestCase.spareAfterFirst.get(0).pid());
        assertThat(PooledTestCase.leftAtEnd).as("a spare was waiting when the last test ended").isNotEmpty();
        for (ProcessHandle spare : PooledTestCase.leftAtEnd) {
            awaitGone(spare); // the root store closed the pool with the run
        }
    }

    @Test
    void forkedClassesGetTheRunsPoolUnlessTheyOrTheRunSayNone() {
        Engine.run(PoolOrNotTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(PoolOrNotTestCase.pools).containsExactlyInAnyOrder("pooled BOOTED", "none");

        PoolOrNotTestCase.pools.clear();
        Engine.run(PoolOrNotTestCase.class, Map.of(LambdaTest.SPARES_PROPERTY_NAME, "initialised"))
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(PoolOrNotTestCase.pools).containsExactlyInAnyOrder("pooled INITIALISED", "none");

        PoolOrNotTestCase.pools.clear();
        Engine.run(PoolOrNotTestCase.class, Map.of(LambdaTest.SPARES_PROPERTY_NAME, "none"))
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(PoolOrNotTestCase.pools).containsExactlyInAnyOrder("none", "none");
    }

    private static void awaitGone(ProcessHandle process) throws Exception {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            fail("The spare " + process.pid() + " outlived its test run by more than 10 s");
        }
    }

    private static ProcessHandle awaitSpare(SparePool pool) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pool.processes().isEmpty()) {
            if (System.nanoTime() > deadline) {
                fail("No spare started within 60 s of the cold start");
            }
            Thread.sleep(20);
        }
        return pool.processes().get(0);
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.ReportsPid", code = CODE, isolation = Isolation.FORKED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PooledTestCase {

        static final List<ProcessHandle> spareAfterFirst = new CopyOnWriteArrayList<>();
        static final List<Long> servedBy = new CopyOnWriteArrayList<>();
        static final List<ProcessHandle> leftAtEnd = new CopyOnWriteArrayList<>();

        @Test
        @Order(1)
        void first(LambdaFunction function, LambdaRuntime runtime) throws InterruptedException {
            spareAfterFirst.add(coldStartThenAwaitSpare(function, runtime));
        }

        @Test
        @Order(2)
        void second(LambdaFunction function, LambdaRuntime runtime) throws InterruptedException {
            leftAtEnd.add(coldStartThenAwaitSpare(function, runtime));
        }

        /** Records which process served the cold start; the spare the pool boots after it. */
        private static ProcessHandle coldStartThenAwaitSpare(LambdaFunction function, LambdaRuntime runtime)
                throws InterruptedException {
            InvocationResult cold = function.invoke("\"x\"");
            assertThat(cold.report().coldStart()).isTrue();
            servedBy.add(Long.parseLong(cold.payloadAsString()));
            return awaitSpare(runtime.sparePool().orElseThrow());
        }
    }

    static class PoolOrNotTestCase {

        static final List<String> pools = new CopyOnWriteArrayList<>();

        static void record(LambdaRuntime runtime) {
            pools.add(runtime.sparePool().map(pool -> "pooled " + pool.mode()).orElse("none"));
        }

        @org.junit.jupiter.api.Nested
        @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, isolation = Isolation.FORKED)
        class Forked {
            @Test
            void records(LambdaRuntime runtime) {
                record(runtime);
            }
        }

        @org.junit.jupiter.api.Nested
        @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, isolation = Isolation.FORKED,
                spares = SpareEnvironments.NONE)
        class ForkedWithoutSpares {
            @Test
            void records(LambdaRuntime runtime) {
                record(runtime);
            }
        }
    }
}
