package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.testkit.Engine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A failed test shows what its functions printed; a passing test shows nothing more. */
class LambdaTestFailureOutputTests {

    private static final List<InvocationResult> RESULTS = new CopyOnWriteArrayList<>();

    private String output;

    @BeforeAll
    static void routeStandardStreamsFirst() {
        // In-process environments install their stream routers once; do it before the capture swaps System.out.
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            runtime.function(FunctionConfig.builder("dev.lambdaharness.junit.handlers.Echo").build(),
                    FunctionCode.fromPaths(Path.of(CODE))).invoke("{}");
        }
    }

    @BeforeEach
    void clear() {
        RESULTS.clear();
    }

    @Test
    void aFailedTestPrintsItsInvocationsLogsAndPublishesThem() {
        EngineExecutionResults results = runCapturingOutput(FailingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        InvocationResult counted = RESULTS.get(0);
        InvocationResult failed = RESULTS.get(1);
        assertThat(output).startsWith("Lambda Harness: fails(LambdaFunction, LambdaFunction) failed after 2 invocations; their logs follow.\n"
                + "--- 1 of 2: function Counter, request " + counted.requestId() + ", cold start, succeeded\n"
                + counted.logText() + "\n--- 2 of 2: function Fails, request " + failed.requestId()
                + ", cold start, failed: java.lang.IllegalStateException: boom\n" + failed.logText() + "\n");
        assertThat(counted.logText()).contains("static initialiser ran", "REPORT RequestId: " + counted.requestId());
        assertThat(failed.logText()).contains("about to fail with boom");
        List<ReportEntry> entries = results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class)).collect(Collectors.toList());
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getKeyValuePairs()).containsOnlyKeys("lambdaharness.invocations");
        assertThat(output).startsWith(entries.get(0).getKeyValuePairs().get("lambdaharness.invocations"));
    }

    @Test
    void aPassingTestPrintsNothing() {
        EngineExecutionResults results = runCapturingOutput(PassingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(RESULTS).hasSize(1);
        assertThat(output).isEmpty();
        assertThat(results.allEvents().reportingEntryPublished().count()).isZero();
    }

    @Test
    void aFailedDynamicTestPrintsOnlyItsOwnInvocations() {
        EngineExecutionResults results = runCapturingOutput(DynamicTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        InvocationResult second = RESULTS.get(1);
        assertThat(output).isEqualTo("Lambda Harness: second failed after 1 invocation; their logs follow.\n"
                + "--- 1 of 1: function Counter, request " + second.requestId() + ", warm start, succeeded\n"
                + second.logText() + "\n");
    }

    private EngineExecutionResults runCapturingOutput(Class<?> testCase) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return Engine.run(testCase);
        } finally {
            System.setOut(original);
            output = bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @LambdaTest(name = "Counter", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @LambdaTest(name = "Fails", handler = "dev.lambdaharness.junit.handlers.Fails", code = CODE)
    static class FailingTestCase {

        @Test
        void fails(@Function("Counter") LambdaFunction counter, @Function("Fails") LambdaFunction fails) {
            RESULTS.add(counter.invoke("{}"));
            RESULTS.add(fails.invoke("\"boom\""));
            fail("the function failed");
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class PassingTestCase {

        @Test
        void passes(LambdaFunction counter) {
            RESULTS.add(counter.invoke("{}"));
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class DynamicTestCase {

        @TestFactory
        Stream<DynamicTest> tests(LambdaFunction counter) {
            return Stream.of(
                    DynamicTest.dynamicTest("first", () -> RESULTS.add(counter.invoke("{}"))),
                    DynamicTest.dynamicTest("second", () -> {
                        RESULTS.add(counter.invoke("{}"));
                        fail("second fails");
                    }));
        }
    }
}
