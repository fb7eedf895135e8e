package dev.lambdaharness.core.internal.pool;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.PendingAsyncEvent;
import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.TooManyRequestsException;
import dev.lambdaharness.core.internal.RequestIds;
import dev.lambdaharness.core.internal.clock.TimerQueue;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * The asynchronous events of one function, as Lambda's internal queue handles them: each is
 * invoked, and on a function error or timeout retried after 1 and then 2 minutes on the runtime's
 * clock (up to {@code MaximumRetryAttempts}), dropped as soon as its next retry would outlive
 * {@code MaximumEventAgeInSeconds}, retried with back-off while throttled without spending the retry
 * budget, and sent with Lambda's invocation record to the on-success or on-failure destination and
 * the dead-letter target. Every event ends in exactly one outcome, or is reported as pending.
 */
final class AsyncQueue {

    /** The wait before the second attempt, after a function error. */
    static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    /** The wait before the third attempt. */
    static final Duration SECOND_RETRY_DELAY = Duration.ofMinutes(2);
    /** The first wait of a throttled event; each next one doubles, up to {@link #THROTTLE_MAX_DELAY}. */
    static final Duration THROTTLE_FIRST_DELAY = Duration.ofSeconds(1);
    /** The longest wait of a throttled event. */
    static final Duration THROTTLE_MAX_DELAY = Duration.ofMinutes(5);
    /** How long a throttled event is retried at most. */
    static final Duration THROTTLE_MAX_AGE = Duration.ofHours(6);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FunctionDeployment function;
    private final Map<String, Event> pending = new LinkedHashMap<>();
    /** Attempts due now, in the order they fell due, waiting for a worker. */
    private final ArrayDeque<Event> ready = new ArrayDeque<>();
    /** Workers running now, at most {@code asyncWorkers}. */
    private int workers;
    /** Once closed, an event still pending is reported, never also delivered. */
    private boolean closed;

    AsyncQueue(FunctionDeployment function) {
        this.function = function;
    }

    /** One event and where it stands. */
    private final class Event {
        final String requestId = RequestIds.next();
        final LambdaFunction handle;
        final String qualifier;
        final InvocationRequest request;
        final long receivedMillis;
        /** The qualified ARN its records name, fixed when it was accepted. */
        final String recordArn;
        int invocations;
        int throttles;
        /** Whether the queue delivers it once more after its first attempt that runs. */
        boolean duplicate;
        TimerQueue.Timer retry;

        Event(LambdaFunction handle, String qualifier, InvocationRequest request, long receivedMillis) {
            this.handle = handle;
            this.qualifier = qualifier;
            this.request = request;
            this.receivedMillis = receivedMillis;
            this.recordArn = function.arn() + ":" + (qualifier == null ? FunctionConfig.LATEST : qualifier);
        }

        String recordArn() {
            return recordArn;
        }
    }

    /** Queues an event; the function runs it on the runtime's async threads. */
    String accept(LambdaFunction handle, String qualifier, InvocationRequest request) {
        Event event = received(handle, qualifier, request);
        if (function.reserved().orElse(-1) == 0) {
            fail(event, "ZeroReservedConcurrency", null);
        } else {
            run(event);
        }
        return event.requestId;
    }

    /** Accepts an event Lambda stops as a recursive loop: it goes to the failure targets without running. */
    String acceptStopped(LambdaFunction handle, String qualifier, InvocationRequest request) {
        Event event = received(handle, qualifier, request);
        fail(event, RECURSIVE_LOOP_CONDITION, null);
        return event.requestId;
    }

    private Event received(LambdaFunction handle, String qualifier, InvocationRequest request) {
        // Lambda passes no client context to asynchronous invocations.
        InvocationRequest queued = InvocationRequest.of(request.payload());
        queued = request.traceHeader().map(queued::withTraceHeader).orElse(queued);
        queued = request.tenantId().map(queued::withTenantId).orElse(queued);
        Event event = new Event(handle, qualifier, queued, function.clock().currentTimeMillis());
        double duplicates = function.asyncSettings().duplicates();
        event.duplicate = duplicates >= 1 || (duplicates > 0 && function.random().nextDouble() < duplicates);
        synchronized (this) {
            pending.put(event.requestId, event);
        }
        function.metricsRecorder().asyncReceived();
        return event;
    }

    /**
     * Queues an attempt, counted as running until it is handled; it runs on one of the function's
     * workers, started on the runtime's async threads up to {@code asyncWorkers} at a time.
     */
    private void run(Event event) {
        function.asyncSettings().activity().started();
        boolean startWorker;
        synchronized (this) {
            ready.add(event);
            startWorker = workers < function.asyncSettings().workers();
            if (startWorker) {
                workers++;
            }
        }
        if (startWorker) {
            try {
                function.asyncSettings().executor().execute(this::work);
            } catch (RejectedExecutionException closed) {
                // The runtime closed: the event stays pending and is reported.
                synchronized (this) {
                    workers--;
                }
                function.asyncSettings().activity().ended();
            }
        }
    }

    /** A worker: runs the ready attempts one after the other, and ends when none is left. */
    private void work() {
        while (true) {
            Event event;
            synchronized (this) {
                event = ready.poll();
                if (event == null) {
                    workers--;
                    return;
                }
            }
            try {
                attempt(event);
            } catch (RuntimeException e) {
                System.getLogger("dev.lambdaharness").log(System.Logger.Level.WARNING, "An asynchronous attempt of "
                        + event.recordArn() + " failed in the runtime; the event stays pending", e);
            } finally {
                function.asyncSettings().activity().ended();
            }
        }
    }

    private void attempt(Event event) {
        InvocationResult result;
        long ageMillis = age(event).toMillis();
        try {
            result = function.invokeAs(event.handle, event.qualifier, event.request, event.requestId);
        } catch (TooManyRequestsException throttle) {
            throttled(event);
            return;
        } catch (IllegalStateException closed) {
            // The runtime closed under the event: it stays pending and is reported.
            return;
        }
        // Only an invocation that ran counts, and has an age: a throttle does neither.
        event.invocations++;
        function.metricsRecorder().asyncAge(ageMillis);
        if (event.duplicate) {
            event.duplicate = false;
            deliverAgain(event);
        }
        if (result.succeeded()) {
            succeed(event, result);
            return;
        }
        int retriesUsed = event.invocations - 1;
        if (retriesUsed >= config(event).asyncInvoke().effectiveMaximumRetryAttempts()) {
            fail(event, "RetriesExhausted", result);
            return;
        }
        Duration delay = event.invocations == 1 ? FIRST_RETRY_DELAY : SECOND_RETRY_DELAY;
        if (age(event).plus(delay).compareTo(config(event).asyncInvoke().effectiveMaximumEventAge()) >= 0) {
            // Lambda looks ahead: an event whose next retry would come too late is dropped now.
            fail(event, "EventAgeExceeded", result);
            return;
        }
        schedule(event, delay);
    }

    /**
     * Lambda's queue may hand an event over twice even when nothing failed. The second delivery
     * runs right after the first attempt, with {@link #DUPLICATE_REQUEST_ID the same request id}; it
     * is an invocation like any other, but its outcome is neither retried nor sent anywhere, and
     * {@code approximateInvokeCount} does not count it.
     */
    private void deliverAgain(Event event) {
        String requestId = DUPLICATE_REQUEST_ID ? event.requestId : RequestIds.next();
        try {
            function.invokeAs(event.handle, event.qualifier, event.request, requestId);
        } catch (TooManyRequestsException | IllegalStateException notRun) {
            // A duplicate that cannot run now is simply not delivered: it was an extra.
        }
    }

    /**
     * Whether a duplicate delivery carries the event's own request id. AWS documents that duplicates
     * happen, not which id they carry: UNCONFIRMED (see docs/fidelity.md); the same id is the more
     * likely, since it is one queued event handed over twice.
     */
    static final boolean DUPLICATE_REQUEST_ID = true;

    private void throttled(Event event) {
        event.throttles++;
        long factor = 1L << Math.min(event.throttles - 1, 20);
        Duration delay = THROTTLE_FIRST_DELAY.multipliedBy(factor);
        if (delay.compareTo(THROTTLE_MAX_DELAY) > 0) {
            delay = THROTTLE_MAX_DELAY;
        }
        Duration maxAge = config(event).asyncInvoke().effectiveMaximumEventAge();
        if (maxAge.compareTo(THROTTLE_MAX_AGE) > 0) {
            maxAge = THROTTLE_MAX_AGE;
        }
        if (age(event).plus(delay).compareTo(maxAge) >= 0) {
            fail(event, "EventAgeExceeded", null);
            return;
        }
        schedule(event, delay);
    }

    private void schedule(Event event, Duration delay) {
        synchronized (this) {
            if (closed) {
                return;
            }
            event.retry = function.timers().at(function.clock().currentTimeMillis() + delay.toMillis(),
                    () -> {
                        synchronized (this) {
                            event.retry = null;
                        }
                        run(event);
                    });
        }
    }

    private void succeed(Event event, InvocationResult result) {
        if (!done(event)) {
            return;
        }
        config(event).asyncInvoke().onSuccessDestination().ifPresent(arn -> {
            if (!function.deliveries().deliver(arn, record(event, "Success", result), Map.of(), false, event.recordArn())) {
                function.metricsRecorder().destinationFailure();
            }
        });
    }

    private void fail(Event event, String condition, InvocationResult result) {
        if (!done(event)) {
            return;
        }
        function.metricsRecorder().asyncDropped();
        FunctionConfig config = config(event);
        config.asyncInvoke().onFailureDestination().ifPresent(arn -> {
            if (!function.deliveries().deliver(arn, record(event, condition, result), Map.of(), true, event.recordArn())) {
                function.metricsRecorder().destinationFailure();
            }
        });
        config.deadLetter().targetArn().ifPresent(arn -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("RequestID", event.requestId);
            boolean functionError = result != null && result.error().isPresent();
            boolean loop = RECURSIVE_LOOP_CONDITION.equals(condition);
            attributes.put("ErrorCode", functionError ? DEAD_LETTER_FUNCTION_ERROR_CODE
                    : loop ? DEAD_LETTER_RECURSION_ERROR_CODE : DEAD_LETTER_THROTTLE_ERROR_CODE);
            attributes.put("ErrorMessage", functionError ? result.error().get().errorMessage()
                    : loop ? RecursiveInvocationException.SERVICE_MESSAGE : TooManyRequestsException.SERVICE_MESSAGE);
            if (!function.deliveries().deliver(arn, new String(event.request.payload(), StandardCharsets.UTF_8),
                    attributes, true, event.recordArn())) {
                function.metricsRecorder().deadLetterError();
            }
        });
    }

    /** The {@code ErrorCode} attribute of a dead-letter message for a function error, as AWS recorded it. */
    static final String DEAD_LETTER_FUNCTION_ERROR_CODE = "200";
    /**
     * The {@code ErrorCode} attribute of a dead-letter message for an event that never ran (throttled
     * until too old, or a reserved concurrency of 0): UNCONFIRMED (see docs/fidelity.md).
     */
    static final String DEAD_LETTER_THROTTLE_ERROR_CODE = "429";
    /**
     * The {@code condition} of the invocation record of an event stopped as a recursive loop: UNCONFIRMED
     * (see docs/fidelity.md). AWS documents that such an event goes to the on-failure destination, not
     * the record's condition; this is the error code a synchronous caller gets.
     */
    static final String RECURSIVE_LOOP_CONDITION = "RecursiveInvocationException";
    /** The {@code ErrorCode} of a dead-letter message for an event stopped as a recursive loop: its HTTP status, UNCONFIRMED. */
    static final String DEAD_LETTER_RECURSION_ERROR_CODE = "400";

    /** Settles an event; false when the queue closed first and reported it as pending. */
    private synchronized boolean done(Event event) {
        return !closed && pending.remove(event.requestId) != null;
    }

    /** Lambda's invocation record: what destinations receive. */
    private String record(Event event, String condition, InvocationResult result) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", Instant.ofEpochMilli(function.clock().currentTimeMillis())
                .truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode context = record.putObject("requestContext");
        context.put("requestId", event.requestId);
        context.put("functionArn", event.recordArn());
        context.put("condition", condition);
        context.put("approximateInvokeCount", event.invocations);
        record.set("requestPayload", json(event.request.payload()));
        if (result != null && !"ZeroReservedConcurrency".equals(condition)) {
            ObjectNode response = record.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", result.executedVersion());
            if (!result.succeeded()) {
                response.put("functionError", "Unhandled");
            }
            record.set("responsePayload", json(result.payload()));
        }
        return record.toString();
    }

    private static JsonNode json(byte[] payload) {
        try {
            return payload.length == 0 ? JSON.nullNode() : JSON.readTree(payload);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(new String(payload, StandardCharsets.UTF_8));
        }
    }

    private Duration age(Event event) {
        return Duration.ofMillis(function.clock().currentTimeMillis() - event.receivedMillis);
    }

    private FunctionConfig config(Event event) {
        return function.config(event.qualifier);
    }

    /** Stops: retries are cancelled, and the events still pending are reported, never delivered. */
    synchronized List<PendingAsyncEvent> close() {
        List<PendingAsyncEvent> report = pending();
        closed = true;
        for (Event event : pending.values()) {
            if (event.retry != null) {
                event.retry.cancel();
            }
        }
        return report;
    }

    /** Whether any event is not settled yet. */
    synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The events not settled yet. */
    synchronized List<PendingAsyncEvent> pending() {
        List<PendingAsyncEvent> list = new ArrayList<>();
        for (Event event : pending.values()) {
            Optional<Instant> next = Optional.ofNullable(event.retry).map(timer -> Instant.ofEpochMilli(timer.dueMillis()));
            list.add(new PendingAsyncEvent(event.requestId, event.recordArn(), event.invocations, next,
                    new String(event.request.payload(), StandardCharsets.UTF_8)));
        }
        return list;
    }
}
