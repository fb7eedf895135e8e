package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.LambdaDestinationEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.serialization.Platform;
import dev.lambdaharness.events.serialization.SerializerSpace;
import dev.lambdaharness.events.serialization.TypedPayloads;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link EventPayload#as} reads as the Lambda Java runtime does, through the one serialiser machinery of the JVM. */
class TypedReadingTest {

    @Test
    void anSqsEventIsReadWithItsMixinsNotAsPlainJacksonWould() {
        EventPayload payload = EventPayload.of("{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"hi\","
                + "\"eventSourceARN\":\"arn:aws:sqs:us-east-1:123456789012:q\"}]}");

        SQSEvent event = payload.as(SQSEvent.class);

        assertThat(event.getRecords()).singleElement().satisfies(message -> {
            assertThat(message.getMessageId()).isEqualTo("m-1");
            assertThat(message.getBody()).isEqualTo("hi");
            assertThat(message.getEventSourceArn()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:q");
        });
    }

    @Test
    void aScheduledEventGetsItsJodaTimeAndDetailType() {
        ScheduledEvent event = EventPayload.of("{\"detail-type\":\"Scheduled Event\",\"time\":\"2026-03-01T12:00:00Z\"}")
                .as(ScheduledEvent.class);

        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(event.getTime().getMillis()).isEqualTo(java.time.Instant.parse("2026-03-01T12:00:00Z").toEpochMilli());
    }

    @Test
    void anEventOfTheSharedMapperLeavesTheLibraryUntouchedForTheHarness() {
        EventPayload.of("{\"httpMethod\":\"GET\"}").as(APIGatewayProxyRequestEvent.class);

        SerializerSpace space = SerializerSpace.forFunction(new URLClassLoader(new URL[0], getClass().getClassLoader()));
        assertThat(space.serializerFor(Platform.UNKNOWN, String.class)).isNotNull();
    }

    @Test
    void whatOneClassWritesDoesNotDependOnWhatWasWrittenBefore() {
        String destination = "{\"version\":\"1.0\",\"timestamp\":\"2024-05-14T09:24:41.937Z\"}";
        // The generic Jackson path writes a Joda DateTime as a bean; the LambdaDestinationEvent serialiser as ISO-8601.
        APIGatewayV2CustomAuthorizerEvent authorizer = EventPayload.of("{\"requestContext\":{\"time\":\"14/May/2025:10:08:12 +0000\"}}")
                .as(APIGatewayV2CustomAuthorizerEvent.class);
        String generic = new String(TypedPayloads.write(authorizer), StandardCharsets.UTF_8);

        LambdaDestinationEvent event = EventPayload.of(destination).as(LambdaDestinationEvent.class);

        assertThat(generic).contains("\"time\":{\"");
        assertThat(new String(TypedPayloads.write(event), StandardCharsets.UTF_8)).contains("\"timestamp\":\"2024-05-14T09:24:41.937Z\"");
    }

    @Test
    void aPayloadThatDoesNotFitTheClassIsRefusedNamingTheClass() {
        assertThatThrownBy(() -> EventPayload.of("[1,2]").as(Pojo.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The event cannot be read as " + Pojo.class.getName() + ": [1,2] (")
                .hasMessageEndingWith("). Read it as the class its source delivers, or with asJson().");
    }

    @Test
    void withoutTheSerializationLibraryTypedReadingNamesTheArtifactToAdd() throws Exception {
        URL[] withoutTheLibraries = {
            locationOf(EventPayload.class), locationOf(ObjectMapper.class), locationOf(JsonFactory.class), locationOf(JsonProperty.class),
        };
        try (URLClassLoader jsonOnly = new URLClassLoader(withoutTheLibraries, ClassLoader.getPlatformClassLoader())) {
            Class<?> api = jsonOnly.loadClass(EventPayload.class.getName());
            Object payload = api.getMethod("of", String.class).invoke(null, "{\"Records\":[]}");

            assertThat(api.getMethod("asMap").invoke(payload)).hasToString("{Records=[]}");
            assertThatThrownBy(() -> api.getMethod("as", Class.class).invoke(payload, Pojo.class))
                    .isInstanceOf(InvocationTargetException.class).cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Reading an event as " + Pojo.class.getName() + " needs com.amazonaws:aws-lambda-java-serialization "
                            + "and com.amazonaws:aws-lambda-java-core on the class path (typed reading works as the Lambda Java "
                            + "runtime's): add those artifacts to the project's test dependencies, or read the event with "
                            + "asJson(), asMap() or asString().");
        }
    }

    private static URL locationOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    }

    /** A handler's own input class. */
    public static final class Pojo {
        public String name;
    }
}
