package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.SqsAttributesMd5;
import dev.lambdaharness.events.internal.Wire;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An SQS event: a batch of messages from one standard or FIFO queue, as the SQS event source
 * mapping delivers it ({@code Records[]}, {@code eventSourceARN}).
 *
 * <p>Each message gets a unique {@code messageId} and {@code receiptHandle}, the exact
 * {@code md5OfBody} (and {@code md5OfMessageAttributes} when it has attributes), and the system
 * attributes SQS adds: epoch-millisecond {@code SentTimestamp} and
 * {@code ApproximateFirstReceiveTimestamp} from the clock, {@code ApproximateReceiveCount} and
 * {@code SenderId}. A queue whose name ends in {@code .fifo} is a FIFO queue, as in SQS: its
 * messages also carry {@code MessageGroupId}, {@code MessageDeduplicationId} (the SHA-256 of the
 * body, as content-based deduplication makes it) and an increasing {@code SequenceNumber}.
 *
 * <pre>{@code
 * EventPayload batch = Events.sqs().queue("orders")
 *         .message("{\"id\":1}")
 *         .message("{\"id\":2}", Map.of("tenant", "acme"))
 *         .build();
 * EventPayload fifo = Events.sqs().queue("orders.fifo")
 *         .messageInGroup("customer-7", "{\"id\":3}")
 *         .messages(9, i -> "{\"id\":" + (i + 4) + "}")
 *         .build();
 * }</pre>
 */
public final class SqsEventBuilder extends EventBuilder<SqsEventBuilder> {

    private record Message(String body, String groupId, Map<String, String> attributes) {
    }

    private String queue = "my-queue";
    private String messageGroupId = "default";
    private int receiveCount = 1;
    private List<Message> messages = List.of();

    /** A builder for messages from queue {@code my-queue}; {@link dev.lambdaharness.events.Events#sqs()} is the usual way in. */
    public SqsEventBuilder() {
    }

    /**
     * @param name the queue's name; a name ending in {@code .fifo} makes it a FIFO queue
     * @return a builder for messages from that queue (default {@code my-queue})
     */
    public SqsEventBuilder queue(String name) {
        Checks.text("queue", name);
        return with(b -> b.queue = name);
    }

    /**
     * @param body the message body
     * @return a builder with one more message, in the default message group if the queue is FIFO
     */
    public SqsEventBuilder message(String body) {
        return message(body, Map.of());
    }

    /**
     * @param body the message body
     * @param attributes message attributes, each sent as a {@code String} attribute
     * @return a builder with one more message
     */
    public SqsEventBuilder message(String body, Map<String, String> attributes) {
        Checks.present("body", body);
        Message message = new Message(body, null, new LinkedHashMap<>(Checks.present("attributes", attributes)));
        return with(b -> b.messages = append(b.messages, message));
    }

    /**
     * @param count how many messages to add
     * @param body the body of the message at each index, from 0
     * @return a builder with {@code count} more messages
     */
    public SqsEventBuilder messages(int count, IntFunction<String> body) {
        Checks.count("count", count);
        List<Message> more = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            more.add(new Message(Checks.present("body " + i, body.apply(i)), null, Map.of()));
        }
        return with(b -> b.messages = append(b.messages, more));
    }

    /**
     * @param groupId the FIFO message group
     * @param body the message body
     * @return a builder with one more message in that group; the queue must be FIFO
     */
    public SqsEventBuilder messageInGroup(String groupId, String body) {
        Checks.text("groupId", groupId);
        Message message = new Message(Checks.present("body", body), groupId, Map.of());
        return with(b -> b.messages = append(b.messages, message));
    }

    /**
     * @param groupId the message group of FIFO messages added without one (default {@code default})
     * @return a builder using that group
     */
    public SqsEventBuilder messageGroupId(String groupId) {
        Checks.text("messageGroupId", groupId);
        return with(b -> b.messageGroupId = groupId);
    }

    /**
     * @param count {@code ApproximateReceiveCount} of every message, 1 on first delivery; higher to
     *     test a redelivery
     * @return a builder with that receive count
     */
    public SqsEventBuilder receiveCount(int count) {
        Checks.count("receiveCount", count);
        return with(b -> b.receiveCount = count);
    }

    @Override
    Object content() {
        return List.of(queue, messageGroupId, receiveCount, messages);
    }

    @Override
    JsonNode json(Wire wire) {
        if (messages.isEmpty()) {
            throw new IllegalStateException("The SQS event has no message; Lambda never delivers an empty batch. "
                    + "Add one with message(body) or messages(count, i -> body).");
        }
        boolean fifo = queue.endsWith(".fifo");
        Ids ids = wire.ids();
        String senderId = "AIDA" + ids.upperAlphanumeric(17);
        BigInteger sequence = ids.digits(20);
        String arn = wire.arn("sqs", queue);
        ArrayNode records = Json.array();
        for (Message message : messages) {
            if (message.groupId() != null && !fifo) {
                throw new IllegalStateException("messageInGroup(\"" + message.groupId() + "\", ...) needs a FIFO queue, "
                        + "but queue \"" + queue + "\" is a standard queue. Name the queue with a .fifo suffix.");
            }
            sequence = sequence.add(BigInteger.valueOf(ids.between(1, 1 << 16)));
            records.add(record(wire, message, fifo, senderId, sequence, arn));
        }
        ObjectNode event = Json.object();
        event.set("Records", records);
        return event;
    }

    private ObjectNode record(Wire wire, Message message, boolean fifo, String senderId, BigInteger sequence,
            String arn) {
        Ids ids = wire.ids();
        Instant sent = wire.now();
        ObjectNode record = Json.object();
        record.put("messageId", ids.uuid());
        record.put("receiptHandle", "AQEB" + ids.base64(180));
        record.put("body", message.body());
        ObjectNode attributes = record.putObject("attributes");
        attributes.put("ApproximateReceiveCount", String.valueOf(receiveCount));
        attributes.put("SentTimestamp", String.valueOf(sent.toEpochMilli()));
        if (fifo) {
            attributes.put("SequenceNumber", sequence.toString());
            attributes.put("MessageGroupId", message.groupId() == null ? messageGroupId : message.groupId());
        }
        attributes.put("SenderId", senderId);
        if (fifo) {
            attributes.put("MessageDeduplicationId", Encodings.sha256Hex(Encodings.utf8(message.body())));
        }
        attributes.put("ApproximateFirstReceiveTimestamp", String.valueOf(sent.toEpochMilli()));
        ObjectNode messageAttributes = record.putObject("messageAttributes");
        Map<String, SqsAttributesMd5.Value> forMd5 = new LinkedHashMap<>();
        message.attributes().forEach((name, value) -> {
            ObjectNode attribute = messageAttributes.putObject(name);
            attribute.put("stringValue", value);
            attribute.putArray("stringListValues");
            attribute.putArray("binaryListValues");
            attribute.put("dataType", "String");
            forMd5.put(name, new SqsAttributesMd5.Value("String", value, null));
        });
        if (!forMd5.isEmpty()) {
            record.put("md5OfMessageAttributes", SqsAttributesMd5.of(forMd5));
        }
        record.put("md5OfBody", Encodings.md5Hex(Encodings.utf8(message.body())));
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", arn);
        record.put("awsRegion", wire.region());
        return record;
    }
}
