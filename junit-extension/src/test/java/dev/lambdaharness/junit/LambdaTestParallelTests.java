package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.testkit.Engine;
import dev.lambdaharness.junit.testkit.Observed;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Under JUnit's parallel execution each test still gets its own runtime, and a class runtime is made once. */
class LambdaTestParallelTests {

    private static final int THREADS = 4;
    private static final Map<String, String> PARALLEL = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            // Twice the tests that must meet: JUnit's fork-join workers that join a container may run a test
            // inside that join, so with exactly as many workers as tests one test could wait for a worker.
            "junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(2 * THREADS));

    private static volatile CountDownLatch together;
    private static final Set<Integer> FUNCTIONS = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void clear() {
        Observed.clear();
        FUNCTIONS.clear();
        together = new CountDownLatch(THREADS);
    }

    @Test
    void concurrentTestsEachGetAFreshRuntime() {
        Engine.run(TestScopeTestCase.class, PARALLEL).testEvents()
                .assertStatistics(stats -> stats.started(THREADS).succeeded(THREADS));

        assertThat(Observed.lines()).map(Observed::withoutStream).hasSize(2 * THREADS)
                .filteredOn(line -> line.equals("parallel: 1 cold")).hasSize(THREADS);
        assertThat(Observed.lines()).map(Observed::withoutStream)
                .filteredOn(line -> line.equals("parallel: 2 warm")).hasSize(THREADS);
        assertThat(Observed.lines().stream().map(Observed::stream).distinct()).hasSize(THREADS);
    }

    @Test
    void concurrentTestsShareOneClassRuntime() {
        Engine.run(ClassScopeTestCase.class, PARALLEL).testEvents()
                .assertStatistics(stats -> stats.started(THREADS).succeeded(THREADS));

        assertThat(FUNCTIONS).hasSize(1);
        assertThat(Observed.lines()).hasSize(THREADS);
    }

    /** Passes only when all of the class's tests are running at once. */
    private static void meetTheOthers() throws InterruptedException {
        together.countDown();
        assertThat(together.await(30, TimeUnit.SECONDS)).as("all tests running at once").isTrue();
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class TestScopeTestCase {

        @RepeatedTest(THREADS)
        void parallel(LambdaFunction counter) throws InterruptedException {
            meetTheOthers();
            Observed.invoke("parallel", counter);
            Observed.invoke("parallel", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    static class ClassScopeTestCase {

        @RepeatedTest(THREADS)
        void parallel(LambdaFunction counter, InvocationHistory history) throws InterruptedException {
            meetTheOthers();
            FUNCTIONS.add(System.identityHashCode(counter));
            Observed.invoke("parallel", counter);
            assertThat(history.results()).isNotEmpty();
        }
    }
}
