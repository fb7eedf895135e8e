package dev.lambdaharness.events;

import dev.lambdaharness.events.builders.SqsEventBuilder;

/**
 * Builders for events as AWS event sources deliver them, wire-correct down to ids, timestamps,
 * checksums and encodings, without hand-editing JSON.
 *
 * <pre>{@code
 * EventPayload event = Events.sqs().queue("orders").message("{\"id\":1}").build();
 * SQSEvent typed = event.as(SQSEvent.class);
 * }</pre>
 *
 * <p>Every builder is immutable and takes {@code region}, {@code account}, {@code partition} and
 * {@code clock} settings, from which it derives every ARN, region field and timestamp (see
 * {@link dev.lambdaharness.events.builders.EventBuilder}).
 */
public final class Events {

    private Events() {
    }

    /** @return a builder of SQS events, standard or FIFO */
    public static SqsEventBuilder sqs() {
        return new SqsEventBuilder();
    }
}
