package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DynamodbEventBuilderTest {

    @Test
    void insertHasTheShapeDynamodbStreamsDelivers() {
        JsonNode event = JsonMatch.tree(Events.dynamodb().table("Orders").keys("pk", "sk").region("eu-west-1")
                .account("210987654321").insert(ordered("pk", "c#7", "sk", "o#1", "total", 42)).build());

        assertMatches(event, """
                {"Records": [{
                  "eventID": "re:[0-9a-f]{32}",
                  "eventName": "INSERT",
                  "eventVersion": "1.1",
                  "eventSource": "aws:dynamodb",
                  "awsRegion": "eu-west-1",
                  "dynamodb": {
                    "ApproximateCreationDateTime": 1714564800,
                    "Keys": {"pk": {"S": "c#7"}, "sk": {"S": "o#1"}},
                    "NewImage": {"pk": {"S": "c#7"}, "sk": {"S": "o#1"}, "total": {"N": "42"}},
                    "SequenceNumber": "re:[1-9][0-9]{27}",
                    "SizeBytes": "re:[1-9][0-9]*",
                    "StreamViewType": "NEW_AND_OLD_IMAGES"
                  },
                  "eventSourceARN": "arn:aws:dynamodb:eu-west-1:210987654321:table/Orders/stream/2024-05-01T12:00:00.250"
                }]}
                """);
    }

    @Test
    void everyJavaValueBecomesItsAttributeValueType() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "i-1");
        item.put("s", "text");
        item.put("n", new BigDecimal("12.50"));
        item.put("d", 0.1);
        item.put("t", true);
        item.put("z", null);
        item.put("l", List.of("a", 1));
        item.put("m", Map.of("k", false));
        item.put("b", new byte[] {1, 2});
        item.put("ss", Set.of("x"));
        item.put("ns", Set.of(7L));
        item.put("bs", Set.of(ByteBuffer.wrap(new byte[] {3})));

        JsonNode image = JsonMatch.tree(Events.dynamodb().insert(item).build()).at("/Records/0/dynamodb/NewImage");

        assertMatches(image, """
                {"id": {"S": "i-1"}, "s": {"S": "text"}, "n": {"N": "12.50"}, "d": {"N": "0.1"}, "t": {"BOOL": true},
                 "z": {"NULL": true}, "l": {"L": [{"S": "a"}, {"N": "1"}]}, "m": {"M": {"k": {"BOOL": false}}},
                 "b": {"B": "AQI="}, "ss": {"SS": ["x"]}, "ns": {"NS": ["7"]}, "bs": {"BS": ["Aw=="]}}
                """);
    }

    @Test
    void typedImagesHoldTheAttributeValues() {
        DynamodbEvent.DynamodbStreamRecord record = Events.dynamodb()
                .modify(ordered("id", "1", "qty", 1), ordered("id", "1", "qty", 2, "tags", Set.of("a", "b")))
                .build().as(DynamodbEvent.class).getRecords().get(0);

        Map<String, AttributeValue> newImage = record.getDynamodb().getNewImage();
        assertThat(newImage.get("qty").getN()).isEqualTo("2");
        assertThat(newImage.get("tags").getSS()).containsExactlyInAnyOrder("a", "b");
        assertThat(record.getDynamodb().getOldImage().get("qty").getN()).isEqualTo("1");
        assertThat(record.getDynamodb().getKeys()).containsOnlyKeys("id");
        assertThat(record.getEventName()).isEqualTo("MODIFY");
        assertThat(record.getDynamodb().getApproximateCreationDateTime().toInstant().getEpochSecond())
                .isEqualTo(EventBuilder.DEFAULT_TIME.getEpochSecond());
    }

    @Test
    void viewTypeDecidesWhichImagesRecordsCarry() {
        JsonNode keysOnly = JsonMatch.tree(Events.dynamodb().streamViewType("KEYS_ONLY")
                .modify(Map.of("id", "1", "v", 1), Map.of("id", "1", "v", 2)).build()).at("/Records/0/dynamodb");
        JsonNode oldOnly = JsonMatch.tree(Events.dynamodb().streamViewType("OLD_IMAGE")
                .modify(Map.of("id", "1", "v", 1), Map.of("id", "1", "v", 2)).build()).at("/Records/0/dynamodb");

        assertThat(keysOnly.has("NewImage") || keysOnly.has("OldImage")).isFalse();
        assertThat(keysOnly.get("StreamViewType").asText()).isEqualTo("KEYS_ONLY");
        assertThat(oldOnly.has("NewImage")).isFalse();
        assertThat(oldOnly.at("/OldImage/v/N").asText()).isEqualTo("1");
    }

    @Test
    void ttlDeletionsAreMadeByTheDynamodbService() {
        JsonNode record = JsonMatch.tree(Events.dynamodb().expire(Map.of("id", "1")).build()).at("/Records/0");

        assertThat(record.get("eventName").asText()).isEqualTo("REMOVE");
        assertThat(record.get("userIdentity"))
                .isEqualTo(JsonMatch.tree(dev.lambdaharness.events.EventPayload.of(
                        "{\"type\":\"Service\",\"principalId\":\"dynamodb.amazonaws.com\"}")));
    }

    @Test
    void batchesHaveIncreasingSequenceNumbersAndUniqueEventIds() {
        JsonNode records = JsonMatch.tree(Events.dynamodb().inserts(50, i -> Map.of("id", "i-" + i)).build())
                .get("Records");

        assertThat(records).hasSize(50);
        List<String> sequences = JsonMatch.texts(records, "/dynamodb/SequenceNumber");
        for (int i = 1; i < sequences.size(); i++) {
            assertThat(new BigInteger(sequences.get(i))).isGreaterThan(new BigInteger(sequences.get(i - 1)));
        }
        JsonMatch.assertUnique(JsonMatch.texts(records, "/eventID"));
        assertThat(JsonMatch.texts(records, "/eventSourceARN")).containsOnly(records.at("/0/eventSourceARN").asText());
    }

    @Test
    void badItemsAreRefusedNamingTheAttribute() {
        assertThatThrownBy(() -> Events.dynamodb().insert(Map.of("id", "1", "tags", Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Attribute tags is an empty set, which DynamoDB does not store. Leave the attribute out instead.");
        assertThatThrownBy(() -> Events.dynamodb().insert(Map.of("id", "1", "when", new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Attribute when holds a java.lang.Object");
        assertThatThrownBy(() -> Events.dynamodb().keys("pk").insert(Map.of("id", "1")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no key attribute \"pk\"");
        assertThatThrownBy(() -> Events.dynamodb().streamViewType("ALL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEYS_ONLY, NEW_IMAGE");
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
