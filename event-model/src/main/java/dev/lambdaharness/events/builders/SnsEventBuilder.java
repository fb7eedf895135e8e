package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.Timestamps;
import dev.lambdaharness.events.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SNS notification as a Lambda subscription delivers it: one record per invocation, with the
 * PascalCase keys SNS writes ({@code Records[0].Sns.Message}, {@code TopicArn}, an ISO-8601
 * {@code Timestamp} with milliseconds that the runtime reads as a Joda {@code DateTime}).
 *
 * <p>{@code MessageId}, the subscription id, {@code Signature} and the certificate name are
 * generated in their real shapes; the signature is random bytes, so code that verifies SNS
 * signatures must be tested another way.
 *
 * <pre>{@code
 * EventPayload event = Events.sns().topic("order-events")
 *         .subject("Order placed")
 *         .message("{\"id\":1}")
 *         .messageAttribute("tenant", "acme")
 *         .build();
 * }</pre>
 */
public final class SnsEventBuilder extends EventBuilder<SnsEventBuilder> {

    private record Attribute(String type, String value) {
    }

    private String topic = "my-topic";
    private String subject;
    private String message;
    private Map<String, Attribute> attributes = Map.of();

    /** A builder for topic {@code my-topic}; {@link dev.lambdaharness.events.Events#sns()} is the usual way in. */
    public SnsEventBuilder() {
    }

    /**
     * @param name the topic's name
     * @return a builder for notifications from that topic (default {@code my-topic})
     */
    public SnsEventBuilder topic(String name) {
        Checks.text("topic", name);
        return with(b -> b.topic = name);
    }

    /**
     * @param subject the notification's subject; without one SNS sends {@code null}
     * @return a builder with that subject
     */
    public SnsEventBuilder subject(String subject) {
        return with(b -> b.subject = subject);
    }

    /**
     * @param message the notification's message, as published
     * @return a builder with that message; SNS delivers one per invocation, so this replaces any
     *     earlier one
     */
    public SnsEventBuilder message(String message) {
        Checks.present("message", message);
        return with(b -> b.message = message);
    }

    /**
     * @param name attribute name
     * @param value its value, sent with type {@code String}
     * @return a builder with that message attribute
     */
    public SnsEventBuilder messageAttribute(String name, String value) {
        return attribute(name, new Attribute("String", Checks.present("value", value)));
    }

    /**
     * @param name attribute name
     * @param value its value, sent with type {@code Number}
     * @return a builder with that message attribute
     */
    public SnsEventBuilder messageAttribute(String name, Number value) {
        return attribute(name, new Attribute("Number", Checks.present("value", value).toString()));
    }

    private SnsEventBuilder attribute(String name, Attribute attribute) {
        Checks.text("attribute name", name);
        return with(b -> {
            Map<String, Attribute> more = new LinkedHashMap<>(b.attributes);
            more.put(name, attribute);
            b.attributes = more;
        });
    }

    @Override
    Object content() {
        return List.of(topic, String.valueOf(subject), String.valueOf(message), attributes);
    }

    @Override
    JsonNode json(Wire wire) {
        if (message == null) {
            throw new IllegalStateException("The SNS event has no message. Add one with message(text).");
        }
        Ids ids = wire.ids();
        String topicArn = wire.arn("sns", topic);
        String subscriptionArn = topicArn + ":" + ids.uuid();
        String endpoint = "https://sns." + wire.region() + "." + wire.dnsSuffix();
        ObjectNode sns = Json.object();
        sns.put("Type", "Notification");
        sns.put("MessageId", ids.uuid());
        sns.put("TopicArn", topicArn);
        sns.put("Subject", subject);
        sns.put("Message", message);
        sns.put("Timestamp", Timestamps.isoMillis(wire.now()));
        sns.put("SignatureVersion", "1");
        sns.put("Signature", ids.base64(256));
        sns.put("SigningCertUrl", endpoint + "/SimpleNotificationService-" + ids.hex(32) + ".pem");
        sns.put("UnsubscribeUrl", endpoint + "/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn);
        ObjectNode messageAttributes = sns.putObject("MessageAttributes");
        attributes.forEach((name, attribute) ->
                messageAttributes.putObject(name).put("Type", attribute.type()).put("Value", attribute.value()));
        ObjectNode record = Json.object();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", subscriptionArn);
        record.set("Sns", sns);
        ObjectNode event = Json.object();
        event.putArray("Records").add(record);
        return event;
    }
}
