package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.junit.testkit.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @Event} parameters: the fixture in the declared type, and the errors for what cannot be. */
class EventParameterTests {

    private static final String FILE = "events/order-created.json";

    @Test
    void theFixtureArrivesInTheDeclaredType() {
        Engine.run(TypesTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void aBuiltInFixtureTakesItsParametersAndObjectGetsItsOwnClass() {
        Engine.run(BuiltInTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void eventWorksWithoutLambdaTest() {
        Engine.run(WithoutLambdaTestTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aFileIsNamedByItsPathFromTheProjectAndMayHaveAnyName() {
        Engine.run(ByPathTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void anUnknownFixtureIsRefusedWithWhatTheFixturesSay() {
        String fixtures = catchThrowable(() -> EventFixtures.get("events/order-craeted")).getMessage();

        assertFailure(Engine.run(MisusedEventsTestCase.class), "unknownId", "@Event(\"events/order-craeted\") on"
                + " parameter 'event' (JsonNode) of MisusedEventsTestCase.unknownId: " + fixtures);
    }

    @Test
    void anUnknownFixtureParameterIsRefusedWithTheKnownOnes() {
        String fixtures = catchThrowable(() -> EventFixtures.get("events/order-created").with("queue", "x"))
                .getMessage();

        assertFailure(Engine.run(MisusedEventsTestCase.class), "unknownParameter", "@Event(\"events/order-created\")"
                + " on parameter 'event' (JsonNode) of MisusedEventsTestCase.unknownParameter: " + fixtures);
    }

    @Test
    void aParameterThatIsNotNameEqualsValueIsRefused() {
        assertFailure(Engine.run(MisusedEventsTestCase.class), "malformedParameter", "@Event(\"events/order-created\")"
                + " on parameter 'event' (JsonNode) of MisusedEventsTestCase.malformedParameter: parameter 'queue' is"
                + " not name=value. Write it as, for example, \"body=hello\".");
    }

    @Test
    void aTypeTheEventDoesNotFitIsRefusedWithTheReason() {
        String fixtures = catchThrowable(() -> EventFixtures.get("events/order-created").as(Integer.class))
                .getMessage();

        assertFailure(Engine.run(MisusedEventsTestCase.class), "wrongType", "@Event(\"events/order-created\") on"
                + " parameter 'event' (Integer) of MisusedEventsTestCase.wrongType: " + fixtures);
    }

    @Test
    void objectAsksForTheFixturesOwnClassWhichAUserFixtureDoesNotName() {
        String fixtures = catchThrowable(() -> EventFixtures.get("events/order-created").typed()).getMessage();

        assertFailure(Engine.run(MisusedEventsTestCase.class), "untyped", "@Event(\"events/order-created\") on"
                + " parameter 'event' (Object) of MisusedEventsTestCase.untyped: " + fixtures);
    }

    private static void assertFailure(EngineExecutionResults results, String method, String expected) {
        results.testEvents().assertThatEvents().haveExactly(1, event(test(method),
                finishedWithFailure(instanceOf(ParameterResolutionException.class), message(expected))));
    }

    static JsonNode file() {
        try (InputStream in = EventParameterTests.class.getClassLoader().getResourceAsStream(FILE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class TypesTestCase {

        @Test
        void typed(LambdaFunction echo, @Event("events/order-created") SQSEvent batch) {
            assertThat(batch.getRecords()).hasSize(1);
            assertThat(batch.getRecords().get(0).getBody()).isEqualTo("{\"orderId\":\"o-1\",\"status\":\"created\"}");

            JsonNode sent = echo.invoke(batch).payloadAsJson();

            assertThat(sent.at("/Records/0/body").asText()).isEqualTo(batch.getRecords().get(0).getBody());
            assertThat(sent.at("/Records/0/eventSourceARN").asText()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:orders");
        }

        @Test
        void untypedForms(@Event("events/order-created") JsonNode tree, @Event("events/order-created") Map<String, Object> map,
                @Event("events/order-created") String text, @Event("events/order-created") byte[] bytes) throws IOException {
            ObjectMapper json = new ObjectMapper();
            assertThat(tree).isEqualTo(file());
            JsonNode fromMap = json.valueToTree(map);
            assertThat(fromMap).isEqualTo(file());
            assertThat(json.readTree(text)).isEqualTo(file());
            assertThat(json.readTree(bytes)).isEqualTo(file());
        }

        @Test
        void theFixtureItselfAndFreshCopies(@Event("events/order-created") EventFixture fixture,
                @Event("events/order-created") EventPayload payload, @Event("events/order-created") JsonNode first,
                @Event("events/order-created") JsonNode second) {
            assertThat(fixture.id()).isEqualTo("events/order-created");
            assertThat(payload.asJson()).isEqualTo(file());

            ((ObjectNode) first).put("changed", true);

            assertThat(second).isEqualTo(file());
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class BuiltInTestCase {

        @Test
        void builtIn(LambdaFunction echo,
                @Event(value = "apigateway/http-api-v2", parameters = {"body={\"sku\":\"A-1\"}", "path=orders"})
                APIGatewayV2HTTPEvent request, @Event("apigateway/http-api-v2") Object typed) {
            assertThat(request.getBody()).isEqualTo("{\"sku\":\"A-1\"}");
            assertThat(request.getRawPath()).isEqualTo("/orders");
            assertThat(typed).isInstanceOf(APIGatewayV2HTTPEvent.class);

            JsonNode sent = echo.invoke(request).payloadAsJson();

            assertThat(sent.get("body").asText()).isEqualTo("{\"sku\":\"A-1\"}");
        }
    }

    static class WithoutLambdaTestTestCase {

        @Test
        void plainTest(@Event("events/order-created") SQSEvent batch) {
            assertThat(batch.getRecords().get(0).getMessageId()).isEqualTo("059f36b4-87a3-44ab-83d2-661975830a7d");
        }
    }

    static class ByPathTestCase {

        /** As a SAM project keeps its events in events/ beside the POM, outside the class path. */
        @Test
        void samEvent(@Event("src/test/sam-project/events/order.event") SQSEvent batch) {
            assertThat(batch.getRecords().get(0).getMessageId()).isEqualTo("sam-1");
        }
    }

    static class MisusedEventsTestCase {

        @Test
        void unknownId(@Event("events/order-craeted") JsonNode event) {
        }

        @Test
        void unknownParameter(@Event(value = "events/order-created", parameters = "queue=x") JsonNode event) {
        }

        @Test
        void malformedParameter(@Event(value = "events/order-created", parameters = "queue") JsonNode event) {
        }

        @Test
        void wrongType(@Event("events/order-created") Integer event) {
        }

        @Test
        void untyped(@Event("events/order-created") Object event) {
        }
    }
}
