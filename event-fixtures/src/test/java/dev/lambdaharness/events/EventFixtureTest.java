package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lambdaharness.events.internal.fixtures.TestFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters, encodings, {@code *} paths and field edits of one fixture described by an index file. */
class EventFixtureTest {

    private static final String FILE = "dev/lambdaharness/events/demo/queue-message.json";

    private final EventFixture fixture = new EventFixture(TestFixtures.content("demo", "queue-message"));

    @Test
    void unchangedItIsTheFileByteForByte() throws Exception {
        byte[] file = getClass().getClassLoader().getResourceAsStream(FILE).readAllBytes();

        assertThat(fixture.asBytes()).isEqualTo(file);
        assertThat(fixture.asString()).isEqualTo(new String(file, StandardCharsets.UTF_8));
    }

    @Test
    void describesItselfFromItsIndex() {
        assertThat(fixture.id()).isEqualTo("demo/queue-message");
        assertThat(fixture.service()).isEqualTo("demo");
        assertThat(fixture.description()).isEqualTo("Two records of one queue, with every kind of binding.");
        assertThat(fixture.typeName()).contains("com.amazonaws.services.lambda.runtime.events.SQSEvent");
        assertThat(fixture.parameters()).containsKeys("region", "queue", "body").hasSize(9);
        assertThat(fixture.parameters().get("queue")).isEqualTo(new FixtureParameter("queue", "orders", "Queue name"));
        assertThat(fixture.knownLosses()).isEmpty();
    }

    @Test
    void aStarPathReachesEveryRecord() {
        JsonNode json = fixture.with("queue", "payments").with("region", "eu-west-1").asJson();

        assertThat(json.at("/Records/0/eventSourceARN").asText()).isEqualTo("arn:aws:sqs:eu-west-1:123456789012:payments");
        assertThat(json.at("/Records/1/eventSourceARN").asText()).isEqualTo("arn:aws:sqs:eu-west-1:123456789012:payments");
        assertThat(json.at("/Records/1/awsRegion").asText()).isEqualTo("eu-west-1");
        assertThat(json.at("/Records/1/body").asText()).isEqualTo("Bye");
    }

    @Test
    void oneParameterGoesEverywhereWithItsEncoding() {
        JsonNode json = fixture.with("body", "Hi there").asJson();

        assertThat(json.at("/Records/0/body").asText()).isEqualTo("Hi there");
        assertThat(json.at("/Records/0/md5OfBody").asText()).isEqualTo("d9385462d3deff78c352ebb3f941ce12");
        assertThat(json.at("/Records/0/data").asText()).isEqualTo("SGkgdGhlcmU=");
    }

    @Test
    void urlEncodingIsS3sFormEncodingWithSlashesKept() {
        assertThat(fixture.with("key", "a b/é=.pdf").asJson().get("key").asText()).isEqualTo("a+b/%C3%A9%3D.pdf");
    }

    @Test
    void jsonEncodingInsertsATree() {
        JsonNode filter = fixture.with("filter", "{\"status\":\"closed\",\"limit\":10}").asJson().get("filter");

        assertThat(filter.get("status").asText()).isEqualTo("closed");
        assertThat(filter.get("limit").isInt()).isTrue();
    }

    @Test
    void numbersAndBooleansStayNumbersAndBooleans() {
        JsonNode json = fixture.with(Map.of("retries", "5", "fifo", "true")).asJson();

        assertThat(json.at("/Records/0/retries").isInt()).isTrue();
        assertThat(json.at("/Records/0/retries").intValue()).isEqualTo(5);
        assertThat(json.at("/Records/0/fifo").isBoolean()).isTrue();
        assertThat(json.at("/Records/0/fifo").booleanValue()).isTrue();
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWhenRead() {
        EventFixture wrong = fixture.with("retries", "five");

        assertThatThrownBy(wrong::asJson).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Fixture demo/queue-message: the value \"five\" for /Records/0/retries (from \"{retries}\", parameters [retries]) "
                        + "is not a number, and the event holds a number there. Pass a value of that kind, or set the field with "
                        + "withField(\"/Records/0/retries\", value).");
    }

    @Test
    void doubledBracesAreLiteralBraces() {
        assertThat(fixture.with("name", "x").asJson().get("template").asText()).isEqualTo("{x}");
    }

    @Test
    void anUnknownParameterIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> fixture.with("queueName", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The fixture demo/queue-message has no parameter \"queueName\". Its parameters are region, account, queue, "
                        + "body, retries, fifo, key, filter, name; other fields are set with withField(\"/json/pointer\", value).");
    }

    @Test
    void aNullParameterValueIsRefused() {
        assertThatThrownBy(() -> fixture.with("queue", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The value of parameter \"queue\" of fixture demo/queue-message is null.");
    }

    @Test
    void withFieldSetsAnyFieldAfterTheParameters() {
        JsonNode json = fixture.with("body", "Hi there")
                .withField("/Records/0/body", "edited")
                .withField("/Records/0/attributes/ApproximateReceiveCount", "3")
                .withField("/Records/*/eventSource", "aws:sqs:fifo")
                .withField("/Records/-", Map.of("messageId", "third"))
                .withField("/Records/1/retries", 7)
                .withField("/Records/1/fifo", true)
                .withField("/Records/1/body", null)
                .withField("/filter", JsonNodeFactory.instance.arrayNode().add(1))
                .withField("/a~1b", List.of("x"))
                .asJson();

        assertThat(json.at("/Records/0/body").asText()).isEqualTo("edited");
        assertThat(json.at("/Records/0/md5OfBody").asText()).isEqualTo("d9385462d3deff78c352ebb3f941ce12");
        assertThat(json.at("/Records/0/attributes/ApproximateReceiveCount").asText()).isEqualTo("3");
        assertThat(json.at("/Records/1/eventSource").asText()).isEqualTo("aws:sqs:fifo");
        assertThat(json.at("/Records/2/messageId").asText()).isEqualTo("third");
        assertThat(json.at("/Records/2/eventSource").isMissingNode()).isTrue();
        assertThat(json.at("/Records/1/retries").intValue()).isEqualTo(7);
        assertThat(json.at("/Records/1/fifo").booleanValue()).isTrue();
        assertThat(json.at("/Records/1/body").isNull()).isTrue();
        assertThat(json.get("filter").toString()).isEqualTo("[1]");
        assertThat(json.get("a/b").toString()).isEqualTo("[\"x\"]");
    }

    @Test
    void withFieldRefusesWhatItCannotDo() {
        assertThatThrownBy(() -> fixture.withField("Records/0/body", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Records/0/body' is not a JSON Pointer: it must start with '/' (for example /Records/0/body)");
        assertThatThrownBy(() -> fixture.withField("/Records/0", new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot set /Records/0 in fixture demo/queue-message to a java.lang.Object. "
                        + "Pass a String, Number, Boolean, null, Map, List or JsonNode.");
        assertThatThrownBy(() -> fixture.withField("/key/part", "x").asJson()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot set /key/part in fixture demo/queue-message: /key is a string, not an object or array.");
        assertThatThrownBy(() -> fixture.withField("/Records/5/body", "x").asJson()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot set /Records/5/body in fixture demo/queue-message: there is no element /Records/5 "
                        + "(the array has 2; use an index below that, or '-' to append).");
    }

    @Test
    void changesMakeNewFixturesAndLeaveTheOriginalAlone() {
        EventFixture changed = fixture.with("queue", "payments").withField("/extra", 1);

        assertThat(fixture.asJson().has("extra")).isFalse();
        assertThat(fixture.asJson().at("/Records/0/eventSourceARN").asText()).endsWith(":orders");
        assertThat(changed).isNotEqualTo(fixture).hasToString("EventFixture[demo/queue-message, changed queue, /extra]");
        assertThat(fixture.with("queue", "orders")).isEqualTo(fixture);
    }

    @Test
    void typedReadsItsClassThroughTheRuntimesSerialiser() {
        SQSEvent event = (SQSEvent) fixture.with("body", "typed").typed();

        assertThat(event.getRecords()).hasSize(2);
        assertThat(event.getRecords().get(0).getBody()).isEqualTo("typed");
        assertThat(event.getRecords().get(0).getEventSourceArn()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:orders");
    }

    @Test
    void aFieldEditKeepsTheOtherDecimalsOfTheFixture() {
        EventFixture kinesis = EventFixtures.get("kinesis/records");
        String timestamp = kinesis.asJson().at("/Records/0/kinesis/approximateArrivalTimestamp").toString();

        EventFixture edited = kinesis.withField("/Records/0/kinesis/partitionKey", "other");

        assertThat(edited.asJson().at("/Records/0/kinesis/approximateArrivalTimestamp").toString()).isEqualTo(timestamp);
        assertThat(edited.as(KinesisEvent.class).getRecords().get(0).getKinesis().getApproximateArrivalTimestamp())
                .isEqualTo(kinesis.as(KinesisEvent.class).getRecords().get(0).getKinesis().getApproximateArrivalTimestamp());
    }
}
