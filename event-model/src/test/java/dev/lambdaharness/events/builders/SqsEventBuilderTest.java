package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.Events;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SqsEventBuilderTest {

    @Test
    void standardQueueMessageHasTheShapeLambdaDelivers() {
        JsonNode event = Events.sqs().queue("orders").region("eu-west-1").account("210987654321")
                .message("{\"id\":1}", Map.of("tenant", "acme"))
                .build().asJson();

        assertMatches(event, """
                {"Records": [{
                  "messageId": "%s",
                  "receiptHandle": "re:AQEB[A-Za-z0-9+/=]{200,}",
                  "body": "{\\"id\\":1}",
                  "attributes": {
                    "ApproximateReceiveCount": "1",
                    "SentTimestamp": "1714564800250",
                    "SenderId": "re:AIDA[A-Z0-9]{17}",
                    "ApproximateFirstReceiveTimestamp": "1714564800250"
                  },
                  "messageAttributes": {
                    "tenant": {"stringValue": "acme", "stringListValues": [], "binaryListValues": [], "dataType": "String"}
                  },
                  "md5OfMessageAttributes": "%s",
                  "md5OfBody": "%s",
                  "eventSource": "aws:sqs",
                  "eventSourceARN": "arn:aws:sqs:eu-west-1:210987654321:orders",
                  "awsRegion": "eu-west-1"
                }]}
                """.formatted(Patterns.UUID, Patterns.MD5, Patterns.MD5));
    }

    @Test
    void messagesWithoutAttributesHaveNoAttributesChecksum() {
        JsonNode record = Events.sqs().message("plain").build().asJson().get("Records").get(0);

        assertThat(record.get("messageAttributes").isEmpty()).isTrue();
        assertThat(record.has("md5OfMessageAttributes")).isFalse();
    }

    @Test
    void fifoQueueMessagesCarryGroupDeduplicationAndIncreasingSequence() {
        JsonNode records = Events.sqs().queue("orders.fifo")
                .messageInGroup("customer-7", "first")
                .message("second")
                .messageGroupId("bulk")
                .build().asJson().get("Records");

        assertMatches(records.get(0).get("attributes"), """
                {"ApproximateReceiveCount": "1", "SentTimestamp": "1714564800250",
                 "SequenceNumber": "re:[1-9][0-9]{19}", "MessageGroupId": "customer-7",
                 "SenderId": "re:AIDA[A-Z0-9]{17}", "MessageDeduplicationId": "%s",
                 "ApproximateFirstReceiveTimestamp": "1714564800250"}
                """.formatted(Patterns.SHA256));
        assertThat(records.get(1).at("/attributes/MessageGroupId").asText()).isEqualTo("bulk");
        assertThat(records.get(0).at("/attributes/MessageDeduplicationId").asText()).isEqualTo(sha256("first"));
        BigInteger first = new BigInteger(records.get(0).at("/attributes/SequenceNumber").asText());
        BigInteger second = new BigInteger(records.get(1).at("/attributes/SequenceNumber").asText());
        assertThat(second).isGreaterThan(first);
        assertThat(records.get(0).get("eventSourceARN").asText())
                .isEqualTo("arn:aws:sqs:us-east-1:123456789012:orders.fifo");
    }

    @Test
    void checksumsAreThoseSqsComputes() {
        JsonNode record = Events.sqs().message("Grüße, SQS", Map.of("b", "2", "a", "1")).build().asJson()
                .get("Records").get(0);

        assertThat(record.get("md5OfBody").asText()).isEqualTo(md5("Grüße, SQS".getBytes(StandardCharsets.UTF_8)));
        assertThat(record.get("md5OfMessageAttributes").asText())
                .isEqualTo(attributesMd5(Map.of("a", "1", "b", "2")));
    }

    @Test
    void attributesChecksumMatchesAnIndependentlyComputedValue() {
        // The value a botocore-compatible SQS emulator returned for these attributes, which
        // botocore verifies on receive: an answer known from outside this project.
        JsonNode record = Events.sqs().message("x", Map.of("Hello", "There", "General", "Kenobi")).build().asJson()
                .get("Records").get(0);

        assertThat(record.get("md5OfMessageAttributes").asText()).isEqualTo("fca026605781cb4126a1e9044df24232");
    }

    @Test
    void batchesHaveTheRequestedSizeAndUniqueIds() {
        JsonNode records = Events.sqs().messages(10, i -> "body " + i).message("last").build().asJson()
                .get("Records");

        assertThat(records).hasSize(11);
        List<String> ids = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ids.add(records.get(i).get("messageId").asText());
            handles.add(records.get(i).get("receiptHandle").asText());
        }
        JsonMatch.assertUnique(ids);
        JsonMatch.assertUnique(handles);
        assertThat(records.get(3).get("body").asText()).isEqualTo("body 3");
        assertThat(records.get(10).get("body").asText()).isEqualTo("last");
    }

    @Test
    void timestampsComeFromTheClockOncePerMessage() {
        Clock ticking = new TickingClock(Instant.parse("2025-02-03T04:05:06.007Z"), Duration.ofMillis(5));

        JsonNode records = Events.sqs().messages(2, i -> "m" + i).clock(ticking).build().asJson().get("Records");

        long first = Long.parseLong(records.get(0).at("/attributes/SentTimestamp").asText());
        long second = Long.parseLong(records.get(1).at("/attributes/SentTimestamp").asText());
        assertThat(second - first).isEqualTo(5);
        assertThat(Instant.ofEpochMilli(first)).isAfter(Instant.parse("2025-02-03T04:05:06.007Z"));
    }

    @Test
    void theSameBuilderBuildsTheSameBytesAndOtherContentGetsOtherIds() {
        SqsEventBuilder builder = Events.sqs().message("a");

        assertThat(builder.build()).isEqualTo(builder.build());
        String id = builder.build().asJson().at("/Records/0/messageId").asText();
        assertThat(Events.sqs().message("b").build().asJson().at("/Records/0/messageId").asText()).isNotEqualTo(id);
        assertThat(builder.clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build().asJson()
                .at("/Records/0/messageId").asText()).isNotEqualTo(id);
    }

    @Test
    void settingsReturnNewBuildersAndLeaveTheOriginalAsItWas() {
        SqsEventBuilder base = Events.sqs().queue("orders").message("a");

        EventPayload more = base.message("b").region("ap-south-1").build();
        EventPayload original = base.build();

        assertThat(more.asJson().get("Records")).hasSize(2);
        assertThat(original.asJson().get("Records")).hasSize(1);
        assertThat(original.asJson().at("/Records/0/awsRegion").asText()).isEqualTo("us-east-1");
    }

    @Test
    void receiveCountShowsARedelivery() {
        JsonNode record = Events.sqs().message("a").receiveCount(3).build().asJson().at("/Records/0");

        assertThat(record.at("/attributes/ApproximateReceiveCount").asText()).isEqualTo("3");
    }

    @Test
    void partitionFollowsTheRegionUnlessGiven() {
        assertThat(Events.sqs().message("a").region("cn-north-1").build().asJson()
                .at("/Records/0/eventSourceARN").asText())
                .isEqualTo("arn:aws-cn:sqs:cn-north-1:123456789012:my-queue");
        assertThat(Events.sqs().message("a").region("us-gov-west-1").build().asJson()
                .at("/Records/0/eventSourceARN").asText()).startsWith("arn:aws-us-gov:sqs:us-gov-west-1:");
        assertThat(Events.sqs().message("a").partition("aws-iso").build().asJson()
                .at("/Records/0/eventSourceARN").asText()).startsWith("arn:aws-iso:sqs:us-east-1:");
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.sqs().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no message").hasMessageContaining("message(body)");
        assertThatThrownBy(() -> Events.sqs().messageInGroup("g", "x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("queue \"my-queue\" is a standard queue").hasMessageContaining(".fifo");
        assertThatThrownBy(() -> Events.sqs().account("12345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account \"12345\" is not an AWS account id. Pass twelve digits, such as \"123456789012\".");
        assertThatThrownBy(() -> Events.sqs().region("Europe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region \"Europe\" is not an AWS region name");
        assertThatThrownBy(() -> Events.sqs().messages(0, i -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count is 0. Pass 1 or more.");
    }

    static String md5(byte[] bytes) {
        return HexFormat.of().formatHex(digest("MD5", bytes));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest("SHA-256", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** SQS's documented attribute digest, written out here independently of the builder's. */
    private static String attributesMd5(Map<String, String> stringAttributes) {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        new TreeMap<>(stringAttributes).forEach((name, value) -> {
            for (String part : List.of(name, "String")) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                buffer.putInt(bytes.length).put(bytes);
            }
            buffer.put((byte) 1);
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            buffer.putInt(bytes.length).put(bytes);
        });
        byte[] all = new byte[buffer.position()];
        buffer.flip().get(all);
        return md5(all);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
