package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.junit.testkit.Engine;
import dev.lambdaharness.junit.testkit.Observed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @EventSource}: one invocation per fixture, named by its id, converted to the declared type. */
class EventSourceTests {

    @BeforeEach
    void clear() {
        Observed.clear();
    }

    @Test
    void listedFixturesFeedOneInvocationEachNamedByTheirId() {
        // This module runs on JUnit Jupiter 5.10, where a named argument shows as name=id; 5.11 and later name
        // the invocation by the id alone (junit-versions-it checks that).
        EngineExecutionResults results = Engine.run(SourcesTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
        assertThat(results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("[1] batch=events/order-created", "[2] batch=events/orders/b-cancelled",
                        "[1] batch=events/orders/a-created", "[2] batch=events/orders/b-cancelled",
                        "[1] request=apigateway/http-api-v2");
    }

    @Test
    void aFolderFeedsItsFilesInNameOrderEachToAFreshRuntime() {
        Engine.run(SourcesTestCase.class);

        assertThat(Observed.lines()).containsExactly(
                "listed: batch=events/order-created o-1 cold", "listed: batch=events/orders/b-cancelled o-3 cold",
                "folder: batch=events/orders/a-created o-2 cold", "folder: batch=events/orders/b-cancelled o-3 cold");
    }

    @Test
    void anEventSourceWithoutFixturesIsRefused() {
        assertTemplateFails(MisusedSourcesTestCase.class, "nothing", "@EventSource on MisusedSourcesTestCase.nothing"
                + " names no fixture. Set either the ids, @EventSource({\"sqs/receive-message\"}),"
                + " or a folder, @EventSource(folder = \"events/orders\").");
    }

    @Test
    void aMethodWithoutAParameterForTheEventIsRefused() {
        assertTemplateFails(MisusedSourcesTestCase.class, "noParameter", "@EventSource on"
                + " MisusedSourcesTestCase.noParameter has no parameter to take the event. Declare one first, for"
                + " example SQSEvent event.");
    }

    @Test
    void idsAndAFolderTogetherAreRefused() {
        assertTemplateFails(MisusedSourcesTestCase.class, "both", "@EventSource on MisusedSourcesTestCase.both"
                + " sets both fixture ids and a folder. Set either the ids,"
                + " @EventSource({\"sqs/receive-message\"}), or a folder, @EventSource(folder = \"events/orders\").");
    }

    @Test
    void aFolderWithoutEventsIsRefused() {
        assertTemplateFails(MisusedSourcesTestCase.class, "emptyFolder", "@EventSource on MisusedSourcesTestCase.emptyFolder"
                + ": folder events/empty holds no .json file. Put the events there, or name them"
                + " by id.");
    }

    @Test
    void aMissingFolderIsRefusedWithWhatTheFixturesSay() {
        String fixtures = catchThrowable(() -> EventFixtures.folder("events/missing")).getMessage();

        assertTemplateFails(MisusedSourcesTestCase.class, "missingFolder", "@EventSource on MisusedSourcesTestCase.missingFolder"
                + ": " + fixtures);
    }

    @Test
    void aTypeTheEventsDoNotFitIsRefused() {
        String fixtures = catchThrowable(() -> EventFixtures.get("events/order-created").as(Integer.class))
                .getMessage();

        assertTemplateFails(MisusedSourcesTestCase.class, "wrongType", "@EventSource on MisusedSourcesTestCase.wrongType,"
                + " parameter 'number' (Integer), fixture events/order-created: " + fixtures);
    }

    private static void assertTemplateFails(Class<?> testCase, String method, String expected) {
        Engine.run(testCase).containerEvents().assertThatEvents().haveExactly(1, event(container(method),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    private static void note(String label, InvocationResult result, String id) {
        JsonNode sent = result.payloadAsJson();
        String order = sent.at("/Records/0/body").asText().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
        Observed.note(label + ": " + id + " " + order + " " + (result.report().coldStart() ? "cold" : "warm"));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SourcesTestCase {

        @ParameterizedTest
        @Order(1)
        @EventSource({"events/order-created", "events/orders/b-cancelled"})
        void listed(SQSEvent batch, LambdaFunction echo, TestInfo info) {
            note("listed", echo.invoke(batch), info.getDisplayName().substring(4));
        }

        @ParameterizedTest
        @Order(2)
        @EventSource(folder = "events/orders")
        void folder(SQSEvent batch, LambdaFunction echo, TestInfo info) {
            note("folder", echo.invoke(batch), info.getDisplayName().substring(4));
        }

        @ParameterizedTest
        @Order(3)
        @EventSource(value = "apigateway/http-api-v2", parameters = "body=hi")
        void builtInWithParameters(APIGatewayV2HTTPEvent request) {
            assertThat(request.getBody()).isEqualTo("hi");
        }
    }

    static class MisusedSourcesTestCase {

        @ParameterizedTest
        @EventSource
        void nothing(JsonNode event) {
        }

        @ParameterizedTest
        @EventSource(value = "events/order-created", folder = "events/orders")
        void both(JsonNode event) {
        }

        @ParameterizedTest
        @EventSource(folder = "events/empty")
        void emptyFolder(JsonNode event) {
        }

        @ParameterizedTest
        @EventSource(folder = "events/missing")
        void missingFolder(JsonNode event) {
        }

        @ParameterizedTest
        @EventSource("events/order-created")
        void wrongType(Integer number) {
        }

        @ParameterizedTest
        @EventSource("events/order-created")
        void noParameter() {
        }
    }
}
