package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.junit.testkit.Engine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What tests can take as parameters, and the errors for what they cannot. */
class LambdaTestParametersTests {

    @Test
    void severalFunctionsAreToldApartByName() {
        Engine.run(TwoFunctionsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void theHistoryHoldsTheTestsInvocationsAsTheyHappen() {
        Engine.run(HistoryTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(1));
    }

    @Test
    void anUnqualifiedFunctionAmongSeveralIsRefusedWithTheNames() {
        assertFailure(Engine.run(MisusedParametersTestCase.class), "unqualified", "parameter 'function'"
                + " (LambdaFunction) of MisusedParametersTestCase.unqualified does not say which function it is:"
                + " MisusedParametersTestCase declares 'count', 'echo'. Annotate it with @Function(\"count\") or"
                + " another of those names.");
    }

    @Test
    void aQualifierThatNamesNoFunctionIsRefusedWithTheNames() {
        assertFailure(Engine.run(MisusedParametersTestCase.class), "misspelt", "@Function(\"ecko\") on parameter"
                + " 'echo' (LambdaFunction) of MisusedParametersTestCase.misspelt names no function:"
                + " MisusedParametersTestCase declares 'count', 'echo'. Use one of those names, or declare the"
                + " function with @LambdaTest(name = \"ecko\", handler = \"...\").");
    }

    @Test
    void aQualifierOnATypeWeCannotSupplyIsRefused() {
        assertFailure(Engine.run(MisusedParametersTestCase.class), "qualifiedString", "parameter 'name' (String) of"
                + " MisusedParametersTestCase.qualifiedString has @Function, which qualifies LambdaFunction and"
                + " InvocationHistory parameters only. Change the parameter's type or remove @Function.");
    }

    @Test
    void aQualifiedRuntimeIsRefused() {
        assertFailure(Engine.run(MisusedParametersTestCase.class), "qualifiedRuntime", "parameter 'runtime'"
                + " (LambdaRuntime) of MisusedParametersTestCase.qualifiedRuntime has @Function, but a LambdaRuntime"
                + " holds all the functions of the test. Remove @Function, or make it a LambdaFunction parameter.");
    }

    @Test
    void aQualifiedHistoryNamingNoFunctionIsRefused() {
        assertFailure(Engine.run(MisusedParametersTestCase.class), "misspeltHistory", "@Function(\"ecko\") on"
                + " parameter 'history' (InvocationHistory) of MisusedParametersTestCase.misspeltHistory names no"
                + " function: MisusedParametersTestCase declares 'count', 'echo'. Use one of those names, or declare"
                + " the function with @LambdaTest(name = \"ecko\", handler = \"...\").");
    }

    @Test
    void aHistoryNarrowedToAnUnknownFunctionSaysWhichThereAre() {
        Engine.run(HistoryTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test("unknownFunction"),
                finishedWithFailure(instanceOf(IllegalArgumentException.class), message("No function of this test is"
                        + " named 'Countr'; its functions are [Counter]. Use one of those names."))));
    }

    @Test
    void functionParametersWithoutLambdaTestNameTheMissingAnnotation() {
        Engine.run(WithoutLambdaTestTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test("history"),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(text -> text.endsWith(
                        "history(InvocationHistory, JsonNode) uses Lambda Harness but no enclosing class declares"
                                + " @LambdaTest. Annotate the test class with @LambdaTest(handler = \"...\").")))));
    }

    private static void assertFailure(EngineExecutionResults results, String method, String expected) {
        results.testEvents().assertThatEvents().haveExactly(1, event(test(method),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(expected))));
    }

    @LambdaTest(name = "count", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @LambdaTest(name = "echo", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class TwoFunctionsTestCase {

        @Test
        void both(@Function("count") LambdaFunction count, @Function("echo") LambdaFunction echo, LambdaRuntime runtime,
                InvocationHistory history, @Function("echo") InvocationHistory echoes) {
            InvocationResult counted = count.invoke("{}");
            InvocationResult echoed = echo.invoke("{\"a\":1}");

            assertThat(count.config().functionName()).isEqualTo("count");
            assertThat(counted.payloadAsJson().get("function").asText()).isEqualTo("count");
            assertThat(echoed.payloadAsString()).isEqualTo("{\"a\":1}");
            assertThat(history.results()).containsExactly(counted, echoed);
            assertThat(echoes.results()).containsExactly(echoed);
            assertThat(history.of("count").results()).containsExactly(counted);
            assertThat(runtime.clock()).isNotNull();
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class HistoryTestCase {

        @Test
        void history(LambdaFunction counter, InvocationHistory history) {
            assertThat(history.results()).isEmpty();
            assertThat(history.last()).isEmpty();

            InvocationResult first = counter.invoke("{}");
            InvocationResult second = counter.invoke("{}");

            assertThat(history.results()).containsExactly(first, second);
            assertThat(history.last()).contains(second);
            assertThat(history.logs()).extracting(LogEvent::message).contains("static initialiser ran")
                    .filteredOn(line -> line.startsWith("REPORT")).hasSize(2);
            assertThat(history.logText()).contains("invocation 1 in ", "invocation 2 in ");
        }

        @Test
        void unknownFunction(InvocationHistory history) {
            history.of("Countr");
        }
    }

    static class WithoutLambdaTestTestCase {

        @Test
        void history(InvocationHistory history, @Event("events/order-created") JsonNode event) {
        }
    }

    @LambdaTest(name = "count", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @LambdaTest(name = "echo", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class MisusedParametersTestCase {

        @Test
        void unqualified(LambdaFunction function) {
        }

        @Test
        void misspelt(@Function("ecko") LambdaFunction echo) {
        }

        @Test
        void qualifiedString(@Function("echo") String name) {
        }

        @Test
        void qualifiedRuntime(@Function("echo") LambdaRuntime runtime) {
        }

        @Test
        void misspeltHistory(@Function("ecko") InvocationHistory history) {
        }
    }
}
