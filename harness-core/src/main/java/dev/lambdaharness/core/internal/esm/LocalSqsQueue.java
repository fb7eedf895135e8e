package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.SqsQueueConfig;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.events.Events;
import dev.lambdaharness.events.builders.SqsEventBuilder;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * An SQS queue as SQS keeps it: messages in the order sent, each hidden while delayed or in
 * flight, a receive count per message, a FIFO queue's message groups (a group with a message in
 * flight gives nothing more until it is deleted or visible again) and deduplication interval, and
 * the redrive policy, which moves a message received {@code maxReceiveCount} times to the
 * dead-letter queue instead of receiving it again. Its records are the SQS event builder's, with
 * the queue's own ids, receipt handles, counts and timestamps.
 */
public final class LocalSqsQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsQueueConfig config;
    private final LongSupplier clock;
    private final TimerQueue timers;
    private final Function<String, LocalSqsQueue> queues;
    /** Every message not deleted nor moved, in the order sent. */
    private final LinkedHashMap<String, Message> messages = new LinkedHashMap<>();
    /**
     * A standard queue's messages that can be received now, oldest first, so a receive need not
     * pass over those in flight or delayed (a FIFO queue walks the messages in order instead).
     */
    private final ArrayDeque<Message> ready = new ArrayDeque<>();
    /** A FIFO queue's deduplication ids and when each was last sent. */
    private final Map<String, Sent> deduplication = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong receipts = new AtomicLong();
    private long sequenceNumber = 18_000_000_000_000_000L;
    private long sent;
    private long deleted;
    private long movedToDeadLetterQueue;

    public LocalSqsQueue(SqsQueueConfig config, LongSupplier clock, TimerQueue timers, Function<String, LocalSqsQueue> queues) {
        this.config = config;
        this.clock = clock;
        this.timers = timers;
        this.queues = queues;
    }

    private record Sent(String messageId, long atMillis) {
    }

    /** A message and where it stands. */
    private static final class Message {
        final String id;
        final String body;
        final String groupId;
        final ObjectNode record;
        final int recordBytes;
        long visibleAtMillis;
        int receiveCount;
        long firstReceiveMillis;
        /** The handle of the receive it is in flight for; null while it is not in flight. */
        String receiptHandle;

        Message(String id, String body, String groupId, ObjectNode record, long visibleAtMillis) {
            this.id = id;
            this.body = body;
            this.groupId = groupId;
            this.record = record;
            this.recordBytes = record.toString().length();
            this.visibleAtMillis = visibleAtMillis;
        }
    }

    /**
     * A received message: its record as Lambda delivers it, and the receipt handle that deletes it.
     *
     * @param messageId the message's id
     * @param receiptHandle this receive's handle
     * @param body the body
     * @param groupId its FIFO message group, null for a standard queue
     * @param record the record of the SQS event
     * @param bytes the record's size in the event
     */
    public record Received(String messageId, String receiptHandle, String body, String groupId, ObjectNode record,
            int bytes) {
    }

    /** A message as a test sees it. */
    public record Snapshot(String messageId, String body, Optional<String> groupId, int receiveCount, boolean inFlight,
            boolean delayed) {
    }

    public SqsQueueConfig config() {
        return config;
    }

    /** Hears when messages may have become receivable (sent, visible again, delay over). */
    public void onReceivable(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Sends a message, as {@code SendMessage} does.
     *
     * @param body the body, up to 256 KiB with the attributes
     * @param attributes string message attributes
     * @param groupId the message group (FIFO: required; standard: refused)
     * @param deduplicationId the deduplication id (FIFO only; without it the queue needs content-based deduplication)
     * @param delaySeconds the message's own delay (standard only), or null for the queue's
     * @return the message id; for a FIFO duplicate within 5 minutes, the first message's id, and nothing is queued
     */
    public String send(String body, Map<String, String> attributes, String groupId, String deduplicationId,
            Integer delaySeconds) {
        checkSend(body, attributes, groupId, deduplicationId, delaySeconds);
        long now = clock.getAsLong();
        String dedup = config.fifo() && deduplicationId == null ? sha256(body) : deduplicationId;
        Message message;
        synchronized (this) {
            if (config.fifo()) {
                Sent previous = deduplication.get(dedup);
                if (previous != null && now - previous.atMillis < SqsLimits.DEDUPLICATION_INTERVAL_MILLIS) {
                    return previous.messageId;
                }
            }
            String id = UUID.randomUUID().toString();
            if (config.fifo()) {
                deduplication.put(dedup, new Sent(id, now));
            }
            int delay = delaySeconds != null ? delaySeconds : config.delaySeconds();
            message = new Message(id, body, groupId, record(id, body, attributes, groupId, dedup, now), now + delay * 1000L);
            messages.put(id, message);
            sent++;
            if (delay > 0) {
                timers.at(message.visibleAtMillis, () -> delayOver(message));
            } else if (!config.fifo()) {
                ready.add(message);
            }
        }
        if (message.visibleAtMillis <= now) {
            receivable();
        }
        return message.id;
    }

    private void checkSend(String body, Map<String, String> attributes, String groupId, String deduplicationId,
            Integer delaySeconds) {
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            bytes += attribute.getKey().length() + "String".length() + attribute.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > SqsLimits.MAX_MESSAGE_BYTES) {
            throw new InvalidConfigurationException("MessageBody", bytes + " bytes", "InvalidParameterValue", "The message"
                    + " is " + bytes + " bytes with its attributes: SQS refuses more than " + SqsLimits.MAX_MESSAGE_BYTES
                    + " (InvalidParameterValue: One or more parameters are invalid. Reason: Message must be shorter than "
                    + SqsLimits.MAX_MESSAGE_BYTES + " bytes.). Send less, for example a reference to an S3 object.");
        }
        if (config.fifo()) {
            if (groupId == null) {
                throw new InvalidConfigurationException("MessageGroupId", "null", "MissingParameter", "Queue '"
                        + config.name() + "' is a FIFO queue: every message needs a message group (MissingParameter: The"
                        + " request must contain the parameter MessageGroupId.). Send it with SqsMessage.withGroupId.");
            }
            if (deduplicationId == null && !config.contentBasedDeduplication()) {
                throw new InvalidConfigurationException("MessageDeduplicationId", "null", "InvalidParameterValue", "Queue '"
                        + config.name() + "' has no content-based deduplication, so each message needs a deduplication id"
                        + " (InvalidParameterValue: The queue should either have ContentBasedDeduplication enabled or"
                        + " MessageDeduplicationId provided explicitly). Send it with SqsMessage.withDeduplicationId, or"
                        + " build the queue with contentBasedDeduplication(true).");
            }
            if (delaySeconds != null) {
                throw new InvalidConfigurationException("DelaySeconds", delaySeconds.toString(), "InvalidParameterValue",
                        "Queue '" + config.name() + "' is a FIFO queue, which delays only per queue (InvalidParameterValue:"
                        + " Value " + delaySeconds + " for parameter DelaySeconds is invalid. Reason: The request include"
                        + " parameter that is not valid for this queue type.). Set the delay on the queue's configuration.");
            }
        } else {
            if (groupId != null || deduplicationId != null) {
                String parameter = groupId != null ? "MessageGroupId" : "MessageDeduplicationId";
                throw new InvalidConfigurationException(parameter, groupId != null ? groupId : deduplicationId,
                        "InvalidParameterValue", "Queue '" + config.name() + "' is a standard queue, and " + parameter
                        + " is for FIFO queues only (InvalidParameterValue: The request include parameter that is not"
                        + " valid for this queue type.). Leave it out, or use a queue whose name ends in .fifo.");
            }
            if (delaySeconds != null) {
                SqsLimits.DELAY.check(delaySeconds);
            }
        }
    }

    /** The record of the event, built by the SQS event builder and given this queue's id and sequence number. */
    private ObjectNode record(String id, String body, Map<String, String> attributes, String groupId, String dedup,
            long now) {
        SqsEventBuilder builder = Events.sqs().queue(config.name()).region(config.region()).account(config.accountId())
                .clock(Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC)).message(body, attributes);
        if (groupId != null) {
            builder = builder.messageGroupId(groupId);
        }
        ObjectNode record;
        try {
            record = (ObjectNode) JSON.readTree(builder.build().asBytes()).get("Records").get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record.put("messageId", id);
        if (config.fifo()) {
            ObjectNode systemAttributes = (ObjectNode) record.get("attributes");
            systemAttributes.put("SequenceNumber", Long.toString(++sequenceNumber) + "000");
            systemAttributes.put("MessageDeduplicationId", dedup);
        }
        return record;
    }

    private static String sha256(String body) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Receives up to {@code max} messages, oldest first, whose records fit in {@code maxBytes}, as
     * {@code ReceiveMessage} does: each is in flight for the visibility timeout, its receive count
     * incremented. A message already received {@code maxReceiveCount} times moves to the
     * dead-letter queue instead. In a FIFO queue, a group with a message in flight or delayed gives
     * nothing, and each group's messages come in order.
     */
    public List<Received> receive(int max, int maxBytes) {
        return receive(max, maxBytes, null);
    }

    /**
     * Receives as {@link #receive(int, int)} does, but only messages {@code deliver} accepts, as
     * Lambda's filtering receives them: one it refuses is deleted as it is met and takes no place in
     * {@code max} or {@code maxBytes}, so a FIFO group goes on with its next message.
     *
     * @param deliver sees each message's record as it would be received (its receive count already
     *     incremented, no receipt handle yet); null delivers all
     */
    public List<Received> receive(int max, int maxBytes, Predicate<ObjectNode> deliver) {
        List<Received> received = new ArrayList<>();
        List<Message> redriven = new ArrayList<>();
        long now = clock.getAsLong();
        synchronized (this) {
            if (config.fifo()) {
                receiveInOrder(max, maxBytes, now, received, redriven, deliver);
            } else {
                receiveReady(max, maxBytes, now, received, redriven, deliver);
            }
            if (!received.isEmpty()) {
                List<String> handles = received.stream().map(Received::receiptHandle).toList();
                timers.at(now + config.visibilityTimeoutSeconds() * 1000L, () -> visibilityExpired(handles));
            }
        }
        if (!redriven.isEmpty()) {
            LocalSqsQueue deadLetters = queues.apply(config.deadLetterQueueName().orElseThrow());
            redriven.forEach(message -> deadLetters.redriven(message));
        }
        return received;
    }

    private void delayOver(Message message) {
        synchronized (this) {
            if (!config.fifo() && messages.get(message.id) == message && message.receiptHandle == null) {
                ready.add(message);
            }
        }
        receivable();
    }

    /** A FIFO receive: the messages in order, a group closed by any of its messages in flight or delayed. */
    private void receiveInOrder(int max, int maxBytes, long now, List<Received> received, List<Message> redriven,
            Predicate<ObjectNode> deliver) {
        Set<String> blockedGroups = new HashSet<>();
        int bytes = 0;
        for (Iterator<Message> it = messages.values().iterator(); it.hasNext() && received.size() < max;) {
            Message message = it.next();
            boolean visible = message.receiptHandle == null && message.visibleAtMillis <= now;
            if (!visible || blockedGroups.contains(message.groupId)) {
                blockedGroups.add(message.groupId);
                continue;
            }
            if (redrive(message, redriven) || refused(message, now, deliver)) {
                it.remove();
                continue;
            }
            if (bytes + message.recordBytes > maxBytes) {
                break;
            }
            bytes += message.recordBytes;
            received.add(take(message, now));
        }
    }

    /** A standard receive: the oldest of the messages ready. */
    private void receiveReady(int max, int maxBytes, long now, List<Received> received, List<Message> redriven,
            Predicate<ObjectNode> deliver) {
        int bytes = 0;
        while (received.size() < max && !ready.isEmpty()) {
            Message message = ready.poll();
            if (redrive(message, redriven) || refused(message, now, deliver)) {
                messages.remove(message.id);
                continue;
            }
            if (bytes + message.recordBytes > maxBytes) {
                ready.addFirst(message);
                break;
            }
            bytes += message.recordBytes;
            received.add(take(message, now));
        }
    }

    /** Whether the redrive policy moves the message instead of receiving it (the caller removes it). */
    private boolean redrive(Message message, List<Message> redriven) {
        if (config.maxReceiveCount().isPresent() && message.receiveCount >= config.maxReceiveCount().getAsInt()) {
            movedToDeadLetterQueue++;
            redriven.add(message);
            return true;
        }
        return false;
    }

    /**
     * Whether the filter refuses the message, which then counts as deleted (the caller removes it):
     * it is judged on its record as this receive would deliver it.
     */
    private boolean refused(Message message, long now, Predicate<ObjectNode> deliver) {
        if (deliver == null) {
            return false;
        }
        ObjectNode record = message.record.deepCopy();
        ObjectNode attributes = (ObjectNode) record.get("attributes");
        attributes.put("ApproximateReceiveCount", Integer.toString(message.receiveCount + 1));
        attributes.put("ApproximateFirstReceiveTimestamp",
                Long.toString(message.receiveCount == 0 ? now : message.firstReceiveMillis));
        if (deliver.test(record)) {
            return false;
        }
        deleted++;
        return true;
    }

    /** Puts a message in flight for this receive. */
    private Received take(Message message, long now) {
        message.receiveCount++;
        if (message.receiveCount == 1) {
            message.firstReceiveMillis = now;
        }
        message.receiptHandle = "AQEB" + Base64.getEncoder().encodeToString(
                (message.id + ":" + receipts.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        message.visibleAtMillis = now + config.visibilityTimeoutSeconds() * 1000L;
        return new Received(message.id, message.receiptHandle, message.body, message.groupId, delivered(message),
                message.recordBytes);
    }

    private ObjectNode delivered(Message message) {
        ObjectNode record = message.record.deepCopy();
        record.put("receiptHandle", message.receiptHandle);
        ObjectNode attributes = (ObjectNode) record.get("attributes");
        attributes.put("ApproximateReceiveCount", Integer.toString(message.receiveCount));
        attributes.put("ApproximateFirstReceiveTimestamp", Long.toString(message.firstReceiveMillis));
        return record;
    }

    /** Takes a message moved here by a source queue's redrive policy, with its id, body and attributes. */
    private void redriven(Message original) {
        ObjectNode record = original.record.deepCopy();
        record.put("eventSourceARN", config.arn());
        Message message = new Message(original.id, original.body, original.groupId, record, clock.getAsLong());
        synchronized (this) {
            messages.put(message.id, message);
            sent++;
            if (!config.fifo()) {
                ready.add(message);
            }
        }
        receivable();
    }

    private void visibilityExpired(List<String> handles) {
        boolean any = false;
        synchronized (this) {
            for (String handle : handles) {
                Message message = messages.get(idOf(handle));
                if (message != null && handle.equals(message.receiptHandle)) {
                    message.receiptHandle = null;
                    if (!config.fifo()) {
                        ready.add(message);
                    }
                    any = true;
                }
            }
        }
        if (any) {
            receivable();
        }
    }

    private static String idOf(String handle) {
        String decoded = new String(Base64.getDecoder().decode(handle.substring(4)), StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.lastIndexOf(':'));
    }

    /**
     * Deletes a received message, as {@code DeleteMessage} does: only with the handle of its current
     * receive, so a message visible again (or received anew) is not deleted by an old handle.
     *
     * @return whether it was deleted
     */
    public boolean delete(String receiptHandle) {
        synchronized (this) {
            Message message = messages.get(idOf(receiptHandle));
            if (message == null || !receiptHandle.equals(message.receiptHandle)) {
                return false;
            }
            messages.remove(message.id);
            deleted++;
        }
        // A FIFO group it held is open again.
        if (config.fifo()) {
            receivable();
        }
        return true;
    }

    /**
     * Makes a message in flight visible again at once ({@code ChangeMessageVisibility} to 0), as
     * Lambda does with a batch it could not invoke.
     */
    public void release(String receiptHandle) {
        boolean released = false;
        synchronized (this) {
            Message message = messages.get(idOf(receiptHandle));
            if (message != null && receiptHandle.equals(message.receiptHandle)) {
                message.receiptHandle = null;
                message.visibleAtMillis = clock.getAsLong();
                if (!config.fifo()) {
                    ready.add(message);
                }
                released = true;
            }
        }
        if (released) {
            receivable();
        }
    }

    private void receivable() {
        listeners.forEach(Runnable::run);
    }

    /** Messages that can be received now ({@code ApproximateNumberOfMessages}). */
    public synchronized int visibleCount() {
        if (!config.fifo()) {
            return ready.size();
        }
        long now = clock.getAsLong();
        int count = 0;
        for (Message message : messages.values()) {
            if (message.receiptHandle == null && message.visibleAtMillis <= now) {
                count++;
            }
        }
        return count;
    }

    /** Messages in flight ({@code ApproximateNumberOfMessagesNotVisible}). */
    public synchronized int inFlightCount() {
        int count = 0;
        for (Message message : messages.values()) {
            if (message.receiptHandle != null) {
                count++;
            }
        }
        return count;
    }

    /** Every message still in the queue, in flight or not. */
    public synchronized int size() {
        return messages.size();
    }

    /** The messages still in the queue, in the order sent. */
    public synchronized List<Snapshot> snapshot() {
        long now = clock.getAsLong();
        List<Snapshot> list = new ArrayList<>();
        for (Message message : messages.values()) {
            list.add(new Snapshot(message.id, message.body, Optional.ofNullable(message.groupId), message.receiveCount,
                    message.receiptHandle != null, message.receiptHandle == null && message.visibleAtMillis > now));
        }
        return list;
    }

    public synchronized long sentCount() {
        return sent;
    }

    public synchronized long deletedCount() {
        return deleted;
    }

    public synchronized long movedToDeadLetterQueueCount() {
        return movedToDeadLetterQueue;
    }
}
