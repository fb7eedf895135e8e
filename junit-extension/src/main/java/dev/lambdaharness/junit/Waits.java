package dev.lambdaharness.junit;

import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.EventSourceMapping;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.MqQueue;
import dev.lambdaharness.core.PendingAsyncEvent;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.core.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits, with Awaitility underneath, for what a runtime does later: an asynchronous event reaching
 * a destination or the dead-letter target, a function's asynchronous events drained, a function
 * idle, an SQS or Amazon MQ queue drained, a message in a dead-letter queue, a mapping caught up
 * with its stream. On a {@link VirtualClock} a wait moves the clock whenever something waits and nothing
 * runs, so a retry 2 minutes away or a visibility timeout happens at once; on any other clock it
 * waits in real time. When the limit
 * passes first, the wait fails with an {@link AssertionError} that says what it waited for, what
 * it found, and which events were still pending.
 *
 * <pre>{@code
 * @Test
 * void failedOrdersReachTheFailureQueue(LambdaFunction orders, LambdaRuntime runtime) {
 *     orders.invokeAsync("{\"orderId\":7}");
 *     DeliveredRecord record = Waits.on(runtime).untilDelivered("arn:aws:sqs:us-east-1:123456789012:failures");
 *     assertThat(record).hasCondition("RetriesExhausted");
 * }
 * }</pre>
 */
public final class Waits {

    /** How long a wait lasts at most, in real time, unless {@link #atMost(Duration)} says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);

    /** How often a condition is checked: often, since on a virtual clock most waits end within milliseconds. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(5);

    private final LambdaRuntime runtime;
    private final Duration limit;

    private Waits(LambdaRuntime runtime, Duration limit) {
        this.runtime = runtime;
        this.limit = limit;
    }

    /** Waits on a runtime, at most {@link #DEFAULT_LIMIT} of real time each. */
    public static Waits on(LambdaRuntime runtime) {
        return new Waits(Objects.requireNonNull(runtime, "runtime"), DEFAULT_LIMIT);
    }

    /**
     * The same waits with another limit, in real time.
     *
     * @throws IllegalArgumentException when the limit is not positive
     */
    public Waits atMost(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("A wait of " + limit + " could never see anything happen."
                    + " Give a positive limit, for example Duration.ofSeconds(10).");
        }
        return new Waits(runtime, limit);
    }

    /** Waits until the destination or dead-letter target an ARN names holds a record, and returns the first. */
    public DeliveredRecord untilDelivered(String arn) {
        return untilDelivered(arn, 1).get(0);
    }

    /**
     * Waits until the destination or dead-letter target an ARN names holds at least {@code count}
     * records, and returns them all.
     *
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    public List<DeliveredRecord> untilDelivered(String arn, int count) {
        requirePositive(count, "records at " + arn);
        until(() -> runtime.destination(arn).records().size() >= count,
                () -> "Expected " + count + (count == 1 ? " record" : " records") + " at " + arn + " within "
                        + describe(limit) + ", but it holds " + runtime.destination(arn).records().size() + ".");
        return runtime.destination(arn).records();
    }

    /** Waits until no asynchronous event of a function (any version or alias) is pending. */
    public void untilDrained(LambdaFunction function) {
        String arn = unqualifiedArn(function);
        until(() -> pendingOf(arn).isEmpty(), () -> "Expected no asynchronous event of " + arn + " pending within "
                + describe(limit) + ", but " + count(pendingOf(arn).size(), "still is", "still are") + ".");
    }

    /** Waits until a function has no asynchronous event pending and no invocation running. */
    public void untilIdle(LambdaFunction function) {
        String arn = unqualifiedArn(function);
        until(() -> pendingOf(arn).isEmpty() && function.concurrentExecutions() == 0,
                () -> "Expected " + arn + " idle within " + describe(limit) + ", but " + count(function.concurrentExecutions(),
                        "invocation runs", "invocations run") + " and " + count(pendingOf(arn).size(),
                        "asynchronous event is pending", "asynchronous events are pending") + ".");
    }

    /** Waits until a queue holds no message: none visible, none in flight, none delayed. */
    public void untilDrained(SqsQueue queue) {
        Objects.requireNonNull(queue, "queue");
        until(() -> queue.size() == 0, () -> "Expected queue " + queue.config().name() + " drained within " + describe(limit)
                + ", but it holds " + count(queue.size(), "message", "messages") + " (" + queue.inFlightCount()
                + " in flight).");
    }

    /**
     * Waits until a queue (a dead-letter queue, say) holds at least {@code count} messages, and
     * returns them all.
     *
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    public List<SqsQueue.Message> untilMessages(SqsQueue queue, int count) {
        Objects.requireNonNull(queue, "queue");
        requirePositive(count, "messages in queue " + queue.config().name());
        until(() -> queue.messages().size() >= count, () -> "Expected " + count(count, "message", "messages") + " in queue "
                + queue.config().name() + " within " + describe(limit) + ", but it holds " + queue.messages().size() + ".");
        return queue.messages();
    }

    /** Waits until an Amazon MQ queue holds no message: none waiting, none waiting for a redelivery, none in a batch. */
    public void untilDrained(MqQueue queue) {
        Objects.requireNonNull(queue, "queue");
        until(() -> queue.size() == 0, () -> "Expected MQ queue " + queue.name() + " drained within " + describe(limit)
                + ", but it holds " + count(queue.size(), "message", "messages") + ".");
    }

    /**
     * Waits until an Amazon MQ queue's broker has dead-lettered at least {@code count} messages, and
     * returns them all.
     *
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    public List<MqQueue.Message> untilDeadLetters(MqQueue queue, int count) {
        Objects.requireNonNull(queue, "queue");
        requirePositive(count, "messages in " + queue.deadLetterQueueName() + " from MQ queue " + queue.name());
        until(() -> queue.deadLetters().size() >= count, () -> "Expected " + count(count, "message", "messages") + " in "
                + queue.deadLetterQueueName() + " from MQ queue " + queue.name() + " within " + describe(limit)
                + ", but it holds " + queue.deadLetters().size() + ".");
        return queue.deadLetters();
    }

    /**
     * Waits until an event source mapping has caught up with its source: nothing left to deliver
     * and no batch running (a stream's shards read to their end, a queue drained or waiting only
     * for a redrive).
     */
    public void untilCaughtUp(EventSourceMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        until(mapping::idle, () -> "Expected " + mapping + " caught up within " + describe(limit) + ", but it still has"
                + " records to deliver (" + mapping.metrics().invocations() + " invocations so far).");
    }

    /**
     * Waits until a condition of the test's own holds.
     *
     * <pre>{@code
     * Waits.on(runtime).until("the order stored", () -> Files.exists(orderFile));
     * }</pre>
     */
    public void until(String description, BooleanSupplier condition) {
        Objects.requireNonNull(condition, "condition");
        until(condition, () -> "Expected " + description + " within " + describe(limit) + ", but it did not happen.");
    }

    private void until(BooleanSupplier condition, Supplier<String> failure) {
        try {
            Awaitility.await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL).pollInSameThread()
                    .until(() -> {
                        if (condition.getAsBoolean()) {
                            return true;
                        }
                        moveVirtualClock();
                        return condition.getAsBoolean();
                    });
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError(failure.get() + pendingReport());
        }
    }

    /**
     * On a virtual clock, when something waits (an event for its retry, a mapping for a visibility
     * timeout or a batching window) and nothing runs, moves the clock to the next thing that falls
     * due: nothing else could happen before it.
     */
    private void moveVirtualClock() {
        if (!(runtime.clock() instanceof VirtualClock virtual)) {
            return;
        }
        List<PendingAsyncEvent> pending = runtime.pendingAsyncEvents();
        List<EventSourceMapping> mappings = runtime.eventSourceMappings();
        boolean waiting = !pending.isEmpty() || mappings.stream().anyMatch(mapping -> !mapping.idle());
        boolean running = pending.stream().anyMatch(event -> event.nextAttemptAt().isEmpty())
                || mappings.stream().anyMatch(mapping -> !mapping.noBatchRunning());
        if (waiting && !running) {
            virtual.advanceToNextEvent();
        }
    }

    private List<PendingAsyncEvent> pendingOf(String unqualifiedArn) {
        return runtime.pendingAsyncEvents().stream()
                .filter(event -> event.functionArn().startsWith(unqualifiedArn + ":")).collect(Collectors.toList());
    }

    private String pendingReport() {
        List<PendingAsyncEvent> pending = runtime.pendingAsyncEvents();
        String clock = runtime.clock() instanceof VirtualClock virtual ? " The virtual clock is at " + virtual.instant()
                + ", moved " + describe(virtual.advanced()) + " ahead." : "";
        if (pending.isEmpty()) {
            return " No asynchronous event is pending." + clock;
        }
        return " Pending asynchronous events: " + pending.stream().map(Waits::describe).collect(Collectors.joining(", "))
                + "." + clock;
    }

    private static String describe(PendingAsyncEvent event) {
        return event.requestId() + " of " + event.functionArn() + " (" + event.approximateInvokeCount()
                + (event.approximateInvokeCount() == 1 ? " invocation, " : " invocations, ")
                + event.nextAttemptAt().map(at -> "next attempt at " + at).orElse("queued or running") + ")";
    }

    /** A wait for fewer than one of something would end at once, whatever the runtime does. */
    private static void requirePositive(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException("Waiting for " + count + " " + what + " waits for nothing. Give 1 or more.");
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String unqualifiedArn(LambdaFunction function) {
        String arn = function.arn();
        return function.qualifier().map(q -> arn.substring(0, arn.length() - q.length() - 1)).orElse(arn);
    }

    private static String describe(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
