package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** What the pollers of every source share: their counters, their enabled state, and how a batch is sent. */
abstract class PollerBase implements Poller {

    private static final ObjectMapper JSON = new ObjectMapper();

    protected final MappingCounters counters = new MappingCounters();
    private final Function<byte[], InvocationResult> invoker;
    protected boolean enabled;
    protected boolean closed;

    PollerBase(Function<byte[], InvocationResult> invoker, boolean enabled) {
        this.invoker = invoker;
        this.enabled = enabled;
    }

    @Override
    public MappingCounters counters() {
        return counters;
    }

    @Override
    public void enabled(boolean on) {
        synchronized (this) {
            enabled = on;
        }
        pump();
    }

    @Override
    public synchronized boolean enabled() {
        return enabled;
    }

    /**
     * Invokes the function with the records as the event's {@code Records}, synchronously.
     *
     * @return the result, or null when the runtime closed under the batch
     * @throws dev.lambdaharness.core.TooManyRequestsException when the invocation is throttled
     */
    protected InvocationResult send(List<ObjectNode> records) {
        return send(records, null);
    }

    /**
     * Invokes the function as {@link #send(List)} does, with more members after {@code Records}
     * (a tumbling window's).
     *
     * @param members the members to add, or null for none
     */
    protected InvocationResult send(List<ObjectNode> records, ObjectNode members) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(array::add);
        if (members != null) {
            event.setAll(members);
        }
        return sendEvent(event);
    }

    /**
     * Invokes the function with the event, synchronously: for sources whose events hold their
     * records otherwise than under {@code Records} (Kafka, Amazon MQ).
     *
     * @return the result, or null when the runtime closed under the batch
     * @throws dev.lambdaharness.core.TooManyRequestsException when the invocation is throttled
     */
    protected InvocationResult sendEvent(ObjectNode event) {
        try {
            return invoker.apply(JSON.writeValueAsBytes(event));
        } catch (IllegalStateException closedRuntime) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
