package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnsEventBuilderTest {

    @Test
    void notificationHasTheShapeSnsDelivers() {
        JsonNode event = JsonMatch.tree(Events.sns().topic("orders").region("eu-central-1").account("210987654321")
                .subject("Order placed").message("{\"id\":1}").messageAttribute("tenant", "acme")
                .messageAttribute("priority", 2).build());

        assertMatches(event, """
                {"Records": [{
                  "EventSource": "aws:sns",
                  "EventVersion": "1.0",
                  "EventSubscriptionArn": "re:arn:aws:sns:eu-central-1:210987654321:orders:%s",
                  "Sns": {
                    "Type": "Notification",
                    "MessageId": "%s",
                    "TopicArn": "arn:aws:sns:eu-central-1:210987654321:orders",
                    "Subject": "Order placed",
                    "Message": "{\\"id\\":1}",
                    "Timestamp": "2024-05-01T12:00:00.250Z",
                    "SignatureVersion": "1",
                    "Signature": "re:[A-Za-z0-9+/]{342}==",
                    "SigningCertUrl": "re:https://sns[.]eu-central-1[.]amazonaws[.]com/SimpleNotificationService-[0-9a-f]{32}[.]pem",
                    "UnsubscribeUrl": "re:https://sns[.]eu-central-1[.]amazonaws[.]com/[?]Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-central-1:210987654321:orders:.*",
                    "MessageAttributes": {
                      "tenant": {"Type": "String", "Value": "acme"},
                      "priority": {"Type": "Number", "Value": "2"}
                    }
                  }
                }]}
                """.formatted(Patterns.UUID.substring(3), Patterns.UUID));
    }

    @Test
    void subscriptionArnIsTheOneInTheUnsubscribeUrlAndSubjectDefaultsToNull() {
        JsonNode record = JsonMatch.tree(Events.sns().message("m").build()).at("/Records/0");

        String subscription = record.get("EventSubscriptionArn").asText();
        assertThat(record.at("/Sns/UnsubscribeUrl").asText()).endsWith("SubscriptionArn=" + subscription);
        assertThat(record.at("/Sns/Subject").isNull()).isTrue();
    }

    @Test
    void chinaRegionsUseTheirPartitionAndEndpoints() {
        JsonNode sns = JsonMatch.tree(Events.sns().message("m").region("cn-northwest-1").build()).at("/Records/0/Sns");

        assertThat(sns.get("TopicArn").asText()).isEqualTo("arn:aws-cn:sns:cn-northwest-1:123456789012:my-topic");
        assertThat(sns.get("SigningCertUrl").asText()).startsWith("https://sns.cn-northwest-1.amazonaws.com.cn/");
    }

    @Test
    void typedEventHasTheJodaTimestampAndPascalCaseFields() {
        SNSEvent event = Events.sns().message("hello").build().as(SNSEvent.class);

        SNSEvent.SNS sns = event.getRecords().get(0).getSNS();
        assertThat(sns.getMessage()).isEqualTo("hello");
        assertThat(Instant.ofEpochMilli(sns.getTimestamp().getMillis())).isEqualTo(EventBuilder.DEFAULT_TIME);
        assertThat(sns.getTopicArn()).isEqualTo("arn:aws:sns:us-east-1:123456789012:my-topic");
    }

    @Test
    void aNotificationNeedsAMessage() {
        assertThatThrownBy(() -> Events.sns().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("The SNS event has no message. Add one with message(text).");
    }
}
