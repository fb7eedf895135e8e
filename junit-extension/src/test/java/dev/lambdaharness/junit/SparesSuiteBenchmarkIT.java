package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.assertj.LambdaAssertions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The wall time of a 50-test suite over five handlers, each test a runtime of its own (so a cold
 * start each), run in-process, then forked without and with the run's spare environments, in turn
 * ({@code -Dlambdaharness.benchmark.rounds}, 3 by default), in one JVM. A benchmark, not a test: it
 * asserts only that every test passed, and runs only when asked ({@code -Dlambdaharness.benchmark=suite});
 * the figures go to standard output and {@code target/spares-suite-benchmark.txt}. See BENCHMARKS.md
 * for the command.
 */
@EnabledIfSystemProperty(named = "lambdaharness.benchmark", matches = "suite")
class SparesSuiteBenchmarkIT {

    private static final int TESTS = 50;

    @Test
    void fiftyTestsInProcessThenForkedWithoutAndWithSpares() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-26s %8s %12s  %s", "suite of 50 tests", "wall s", "per test s", "load average before"));
        run("in-process", Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "in-process"), lines);
        for (int round = 1; round <= Integer.getInteger("lambdaharness.benchmark.rounds", 3); round++) {
            run("forked, spares none", Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "forked", LambdaTest.SPARES_PROPERTY_NAME, "none"),
                    lines);
            run("forked, spares booted", Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "forked",
                    LambdaTest.SPARES_PROPERTY_NAME, "booted"), lines);
        }
        String table = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.print(table);
        Files.writeString(Path.of("target", "spares-suite-benchmark.txt"), table);
    }

    private static void run(String name, Map<String, String> configuration, List<String> lines) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(GreetsTests.class), selectClass(OrdersTests.class), selectClass(LoggingTests.class),
                        selectClass(CounterTests.class), selectClass(EchoTests.class))
                .configurationParameters(configuration)
                .execute()
                .testEvents();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(tests.failed().stream().map(event -> event.getTestDescriptor().getDisplayName() + ": "
                + event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow()))
                .as(name).isEmpty();
        tests.assertStatistics(stats -> stats.started(TESTS).succeeded(TESTS));
        lines.add(String.format("%-26s %8.1f %12.3f  %.2f", name, seconds, seconds / TESTS, load));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Greets", code = CODE)
    static class GreetsTests {

        @ParameterizedTest
        @ValueSource(strings = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "John", "Radia", "Ken"})
        void greetsByName(String name, LambdaFunction function) {
            InvocationResult result = function.invoke("\"" + name + "\"");
            assertThat(result.payloadAsString()).contains(name);
            assertThat(result.report().coldStart()).isTrue();
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Orders", code = CODE, memory = 512)
    static class OrdersTests {

        @ParameterizedTest
        @ValueSource(strings = {"A-1", "A-2", "B-1", "B-2", "C-1", "C-2", "D-1", "D-2", "E-1", "E-2"})
        void ordersTheSku(String sku, LambdaFunction function) {
            assertThat(function.invoke("\"" + sku + "\"").payloadAsJson().get("sku").asText()).isEqualTo(sku);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.LogsRecords", code = CODE)
    static class LoggingTests {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
        void logsEachLineThenTwoRecords(int lines, LambdaFunction function) {
            LambdaAssertions.assertThat(function.invoke(Integer.toString(lines))).succeeded().logs()
                    .containInOrder("line " + lines, "order accepted", "stock is low");
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, memory = 256, environment = "MODE=count")
    static class CounterTests {

        @ParameterizedTest
        @ValueSource(strings = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"})
        void countsFromOneInAFreshEnvironment(String key, LambdaFunction function) {
            assertThat(function.invoke("{\"key\":\"" + key + "\"}").payloadAsJson().get("invocation").asInt()).isOne();
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, environment = "MODE=echo")
    static class EchoTests {

        @ParameterizedTest
        @ValueSource(strings = {"{}", "[]", "1", "\"s\"", "true", "null", "{\"a\":1}", "[1,2]", "{\"b\":[]}", "2.5"})
        void answersWhatItWasSent(String json, LambdaFunction function) {
            assertThat(function.invoke(json).payloadAsString()).isEqualTo(json);
        }
    }
}
