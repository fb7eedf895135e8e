package dev.lambdaharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.Architecture;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.testkit.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** {@code @LambdaTest(template = …)}: the template configures the functions, the annotation and overrides change them. */
class LambdaTestTemplateTests {

    private static final String TEMPLATE = "src/test/resources/templates/orders.yaml";
    private static final String BUS = "Resources.OrdersFunction.Properties.Environment.Variables.BUS=arn:aws:events:"
            + "us-east-1:123456789012:event-bus/test";

    @Test
    void oneFunctionOfTheTemplateRunsWithItsSettingsAndTheAnnotationsWin() {
        Engine.run(OneFunctionTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void withoutFunctionEveryFunctionIsDeployedUnderItsLogicalId() {
        Engine.run(AllFunctionsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aFunctionWithAutoPublishAliasIsTakenThroughItsAliasWithItsProvisionedEnvironments() {
        Engine.run(AliasTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void theTemplatesQueueFeedsItsFunctionThroughTheMapping() {
        Engine.run(QueueTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void theEnvVarsFileSetsTheLogicalIdsVariablesDeclaredOrNot() {
        Engine.run(EnvVarsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void whatCannotBeResolvedFailsTheClassNamingThePathAndTheAttribute() {
        assertClassFails(UnresolvedTestCase.class, "templateValues = \"Resources.OrdersFunction.Properties.Environment"
                + ".Variables.BUS=value\"");
    }

    @Test
    void aLogicalIdThatIsNotThereFailsTheClassNamingThoseThatAre() {
        assertClassFails(MissingFunctionTestCase.class, "has no resource Orders; it has functions OrdersFunction,"
                + " GreetFunction, LiveFunction. Name one of those.");
    }

    @Test
    void aHandlerBesideATemplateIsRefused() {
        assertClassFails(HandlerAndTemplateTestCase.class, "sets handler, but its template names the handler.");
    }

    @Test
    void templateAttributesWithoutATemplateAreRefused() {
        assertClassFails(NoTemplateTestCase.class, "sets function, parameterOverrides, which configure a template's"
                + " functions, but no template.");
    }

    private static void assertClassFails(Class<?> testCase, String expected) {
        Engine.run(testCase).containerEvents().assertThatEvents().haveExactly(1, event(container(testCase),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.contains(expected)))));
    }

    @LambdaTest(template = TEMPLATE, function = "OrdersFunction", parameterOverrides = "Mode=parameter",
            templateValues = BUS, timeout = 5)
    static class OneFunctionTestCase {

        @Test
        void configured(LambdaFunction function) {
            JsonNode answer = function.invoke("{}").payloadAsJson();

            assertThat(answer.get("function").asText()).isEqualTo("orders");
            assertThat(answer.get("memory").asInt()).isEqualTo(512);
            assertThat(answer.get("mode").asText()).isEqualTo("parameter");
            assertThat(function.config().timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(function.config().architecture()).isEqualTo(Architecture.ARM64);
            assertThat(function.config().runtime()).isEqualTo(JavaRuntime.JAVA17);
        }

        @Test
        @FunctionOverride(memory = 1024, environment = "MODE=override")
        void overridden(@Function("OrdersFunction") LambdaFunction function) {
            JsonNode answer = function.invoke("{}").payloadAsJson();

            assertThat(answer.get("memory").asInt()).isEqualTo(1024);
            assertThat(answer.get("mode").asText()).isEqualTo("override");
            assertThat(function.config().timeout()).isEqualTo(Duration.ofSeconds(5));
        }
    }

    @LambdaTest(template = TEMPLATE, function = "OrdersFunction", templateValues = BUS)
    static class QueueTestCase {

        @Test
        void aMessageSentToTheQueueInvokesTheFunction(LambdaFunction orders, dev.lambdaharness.core.LambdaRuntime runtime,
                InvocationHistory history) {
            dev.lambdaharness.core.SqsQueue queue = runtime.sqsQueues().get("OrdersQueue");
            queue.send("{\"orderId\":7}");

            Waits.on(runtime).untilDrained(queue);

            assertThat(history.results()).singleElement().satisfies(result -> assertThat(result.payloadAsJson()
                    .at("/input/Records/0/body").asText()).isEqualTo("{\"orderId\":7}"));
            assertThat(runtime.eventSourceMappings()).singleElement()
                    .satisfies(mapping -> assertThat(mapping.functionArn()).isEqualTo(orders.arn()));
        }
    }

    @LambdaTest(template = TEMPLATE, function = "LiveFunction")
    static class AliasTestCase {

        @Test
        void throughTheAlias(LambdaFunction live) {
            assertThat(live.qualifier()).contains("live");
            assertThat(live.provisionedConcurrency()).hasValue(1);
            dev.lambdaharness.core.InvocationResult result = live.invoke("{}");
            assertThat(result.executedVersion()).isEqualTo("1");
            assertThat(result.report().initDurationMs()).as("warm: initialised ahead").isEmpty();
        }
    }

    @LambdaTest(template = TEMPLATE, templateValues = BUS)
    static class AllFunctionsTestCase {

        @Test
        void both(@Function("OrdersFunction") LambdaFunction orders, @Function("GreetFunction") LambdaFunction greet) {
            assertThat(orders.invoke("{}").payloadAsJson().get("mode").asText()).isEqualTo("template");
            assertThat(greet.invoke("\"you\"").payloadAsString()).isEqualTo("\"hello you\"");
            assertThat(greet.config().functionName()).isEqualTo("GreetFunction");
            assertThat(greet.config().timeout()).isEqualTo(Duration.ofSeconds(9));
        }
    }

    @LambdaTest(template = TEMPLATE, function = "OrdersFunction", templateValues = BUS,
            envVars = "src/test/resources/templates/env.json")
    static class EnvVarsTestCase {

        @Test
        void fromTheFile(LambdaFunction function) {
            assertThat(function.invoke("{}").payloadAsJson().get("mode").asText()).isEqualTo("from-file");
            assertThat(function.config().environment()).containsEntry("UNDECLARED", "set")
                    .containsEntry("FROM_FILE", "every function");
        }
    }

    @LambdaTest(template = TEMPLATE, function = "OrdersFunction")
    static class UnresolvedTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(template = TEMPLATE, function = "Orders", templateValues = BUS)
    static class MissingFunctionTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(template = TEMPLATE, handler = "dev.lambdaharness.junit.handlers.Counter")
    static class HandlerAndTemplateTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = Engine.CODE, function = "F",
            parameterOverrides = "A=b")
    static class NoTemplateTestCase {
        @Test
        void test() {
        }
    }
}
