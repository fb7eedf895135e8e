package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.SparePool;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.TraceSegment;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.corpus.Prints;
import dev.lambdaharness.core.network.SendsSegments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A pool of spares shared by runtimes, as a test suite shares one: a runtime's cold start takes the
 * spare an earlier runtime's cold start left booting, a function started otherwise does not, the
 * pool ends its spares when closed, and a cold start's logs and REPORT are those of a cold start
 * without spares.
 */
class SparePoolIT {

    private static final long STARTUP_SECONDS = 60;

    private static final FunctionConfig SENDS_SEGMENTS = FunctionConfig.builder(SendsSegments.class.getName())
            .functionName("pooled").build();

    @Test
    void theNextRuntimeColdStartsInTheSpareTheLastOneLeftAndAnotherFunctionDoesNot() throws Exception {
        List<ProcessHandle> seen = new ArrayList<>();
        try (SparePool pool = SparePool.create(SpareEnvironments.BOOTED, 2)) {
            ProcessHandle leftBehind;
            try (LambdaRuntime first = LambdaRuntime.builder().sparePool(pool).build()) {
                LambdaFunction function = first.function(SENDS_SEGMENTS, CorpusCode.code(), Isolation.FORKED);
                ProcessHandle atDeploy = seen(seen, awaitSpare(pool, seen));

                InvocationResult cold = function.invoke("1");

                assertThat(cold.report().coldStart()).isTrue();
                assertThat(processOf(function)).isEqualTo(atDeploy);
                assertThat(first.traceSegments()).extracting(TraceSegment::name).containsExactly("s0");
                leftBehind = seen(seen, awaitSpare(pool, seen)); // booting while the test goes on
            }
            assertThat(leftBehind.isAlive()).as("closing a runtime leaves the pool's spare to the pool").isTrue();

            try (LambdaRuntime next = LambdaRuntime.builder().sparePool(pool).build()) {
                LambdaFunction function = next.function(SENDS_SEGMENTS, CorpusCode.code(), Isolation.FORKED);

                InvocationResult cold = function.invoke("2");

                assertThat(cold.report().coldStart()).isTrue();
                assertThat(cold.payloadAsString()).isEqualTo("2");
                assertThat(processOf(function)).as("the cold start of the next runtime").isEqualTo(leftBehind);
                // The spare started before this runtime existed; its segments still reach this runtime's sink.
                assertThat(next.traceSegments()).extracting(TraceSegment::name).containsExactly("s0", "s1");
            }
            ProcessHandle ofTheFirstFunction = seen(seen, awaitSpare(pool, seen));
            seen(seen, awaitSpare(pool, seen)); // from its second cold start on, the function gets the pool's two

            try (LambdaRuntime other = LambdaRuntime.builder().sparePool(pool).build()) {
                LambdaFunction bigger = other.function(FunctionConfig.builder(SendsSegments.class.getName()).functionName("pooled")
                        .memorySize(256).build(), CorpusCode.code(), Isolation.FORKED);

                bigger.invoke("0");

                assertThat(processOf(bigger)).as("a function whose child starts with another heap").isNotEqualTo(ofTheFirstFunction);
                assertThat(ofTheFirstFunction.isAlive()).isTrue();
                assertThat(pool.processes()).contains(ofTheFirstFunction);
                seen.add(processOf(bigger));
            }
            seen.addAll(pool.processes());
        }
        for (ProcessHandle process : seen) {
            awaitGone(process);
        }
    }

    @Test
    void aFullPoolEndsTheSpareOfTheFunctionLeastRecentlyAskedFor() throws Exception {
        try (SparePool pool = SparePool.create(SpareEnvironments.BOOTED, 1);
             LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
            runtime.function(SENDS_SEGMENTS, CorpusCode.code(), Isolation.FORKED);
            ProcessHandle older = awaitSpare(pool, List.of());

            runtime.function(FunctionConfig.builder(Prints.class.getName()).build(), CorpusCode.code(), Isolation.FORKED);

            awaitGone(older);
            ProcessHandle newer = awaitSpare(pool, List.of(older));
            assertThat(pool.processes()).containsExactly(newer);
        }
    }

    @Test
    void theSparesOfAFunctionNoLongerAskedForMakeRoomForTheOneInUse() throws Exception {
        FunctionConfig next = FunctionConfig.builder(Prints.class.getName()).build();
        try (SparePool pool = SparePool.create(SpareEnvironments.BOOTED, 2)) {
            List<ProcessHandle> ofTheFirst = new ArrayList<>();
            for (int test = 0; test < 2; test++) {
                try (LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
                    runtime.function(SENDS_SEGMENTS, CorpusCode.code(), Isolation.FORKED).invoke("0");
                }
            }
            seen(ofTheFirst, awaitSpare(pool, ofTheFirst));
            seen(ofTheFirst, awaitSpare(pool, ofTheFirst)); // the pool fills with spares of the function in use
            try (LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
                runtime.function(next, CorpusCode.code(), Isolation.FORKED).invoke("\"x\""); // makes room for one
            }
            try (LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
                runtime.function(next, CorpusCode.code(), Isolation.FORKED).invoke("\"x\""); // the first is over: the rest goes
            }
            for (ProcessHandle spare : ofTheFirst) {
                awaitGone(spare);
            }
        }
    }

    @Test
    void aColdStartInAPooledSpareLogsAndReportsAsOneWithout() throws Exception {
        FunctionConfig config = FunctionConfig.builder(Prints.class.getName()).build();
        InvocationResult without;
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            without = runtime.function(config, CorpusCode.code(), Isolation.FORKED).invoke("\"x\"");
        }
        InvocationResult with;
        try (SparePool pool = SparePool.create(SpareEnvironments.BOOTED, 1);
             LambdaRuntime runtime = LambdaRuntime.builder().sparePool(pool).build()) {
            LambdaFunction function = runtime.function(config, CorpusCode.code(), Isolation.FORKED);
            ProcessHandle spare = awaitSpare(pool, List.of());
            with = function.invoke("\"x\"");
            assertThat(processOf(function)).isEqualTo(spare);
        }

        assertThat(with.payloadAsString()).isEqualTo(without.payloadAsString());
        assertThat(normalised(with)).isEqualTo(normalised(without));
        assertThat(with.report().coldStart()).isTrue();
        assertThat(with.report().initDurationMs()).isPresent();
        assertThat(with.report().maxMemoryUsedMb()).isPresent();
    }

    /** Every log line, with request ids, log stream names and measured figures made alike. */
    private static List<String> normalised(InvocationResult result) {
        return result.logs().stream().map(LogEvent::message)
                .map(line -> line.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<request id>")
                        .replaceAll("\\d+(\\.\\d+)?", "<n>"))
                .toList();
    }

    private static ProcessHandle processOf(LambdaFunction function) {
        return ((ForkedEnvironment) function.environments().get(function.environments().size() - 1)).process().orElseThrow();
    }

    /** The pool's spare that is none of {@code known}, once its process has started. */
    private static ProcessHandle awaitSpare(SparePool pool, Collection<ProcessHandle> known) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        while (System.nanoTime() < deadline) {
            for (ProcessHandle process : pool.processes()) {
                if (!known.contains(process)) {
                    return process;
                }
            }
            Thread.sleep(20);
        }
        return fail("The pool started no spare within " + STARTUP_SECONDS + " s");
    }

    private static ProcessHandle seen(List<ProcessHandle> seen, ProcessHandle process) {
        seen.add(process);
        return process;
    }

    private static void awaitGone(ProcessHandle process) throws Exception {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            fail("The spare " + process.pid() + " outlived its pool by more than 10 s");
        }
    }
}
