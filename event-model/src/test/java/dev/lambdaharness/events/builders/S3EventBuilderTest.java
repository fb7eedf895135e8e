package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class S3EventBuilderTest {

    @Test
    void putNotificationHasTheShapeS3Delivers() {
        byte[] content = "col1,col2\n".getBytes(StandardCharsets.UTF_8);

        JsonNode event = JsonMatch.tree(Events.s3().bucket("invoices").region("eu-west-1").account("210987654321")
                .object("2024/May/red flower.csv", content).build());

        assertMatches(event, """
                {"Records": [{
                  "eventVersion": "2.1",
                  "eventSource": "aws:s3",
                  "awsRegion": "eu-west-1",
                  "eventTime": "2024-05-01T12:00:00.250Z",
                  "eventName": "ObjectCreated:Put",
                  "userIdentity": {"principalId": "re:AWS:AIDA[A-Z0-9]{17}"},
                  "requestParameters": {"sourceIPAddress": "re:198[.]51[.]100[.][0-9]{1,3}"},
                  "responseElements": {"x-amz-request-id": "re:[0-9A-F]{16}", "x-amz-id-2": "re:[A-Za-z0-9+/]{75}="},
                  "s3": {
                    "s3SchemaVersion": "1.0",
                    "configurationId": "lambda-notification",
                    "bucket": {
                      "name": "invoices",
                      "ownerIdentity": {"principalId": "re:A[A-Z0-9]{13}"},
                      "arn": "arn:aws:s3:::invoices"
                    },
                    "object": {
                      "key": "2024/May/red+flower.csv",
                      "size": 10,
                      "eTag": "%s",
                      "sequencer": "re:[0-9A-F]{18}"
                    }
                  }
                }]}
                """.formatted(SqsEventBuilderTest.md5(content)));
    }

    @Test
    void keysAreEncodedAsS3EncodesThemAndTheTypedEventDecodesThem() {
        String key = "reports/Q1 (final)+draft ü.pdf";

        S3Event event = Events.s3().object(key).build().as(S3Event.class);

        S3EventNotification.S3ObjectEntity object = event.getRecords().get(0).getS3().getObject();
        assertThat(object.getKey()).isEqualTo("reports/Q1+%28final%29%2Bdraft+%C3%BC.pdf");
        assertThat(object.getUrlDecodedKey()).isEqualTo(key);
    }

    @Test
    void removalsCarryNeitherSizeNorEtagAndVersionsAreKept() {
        JsonNode object = JsonMatch.tree(Events.s3().object("old.csv").eventName("ObjectRemoved:Delete")
                .versionId("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY").build()).at("/Records/0/s3/object");

        assertThat(object.has("size")).isFalse();
        assertThat(object.has("eTag")).isFalse();
        assertThat(object.get("versionId").asText()).isEqualTo("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY");
    }

    @Test
    void anEmptyObjectHasTheEtagOfNoBytes() {
        JsonNode object = JsonMatch.tree(Events.s3().object("empty").build()).at("/Records/0/s3/object");

        assertThat(object.get("size").asLong()).isZero();
        assertThat(object.get("eTag").asText()).isEqualTo(SqsEventBuilderTest.md5(new byte[0]));
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.s3().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("The S3 event has no object. Add one with object(key) or object(key, bytes).");
        assertThatThrownBy(() -> Events.s3().eventName("s3:ObjectCreated:Put"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without the s3: prefix");
    }
}
