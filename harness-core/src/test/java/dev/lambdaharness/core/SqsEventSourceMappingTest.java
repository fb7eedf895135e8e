package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SQS queue model and its event source mapping, on a virtual clock. */
class SqsEventSourceMappingTest {

    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String HANDLER = "dev.lambdaharness.core.corpus.SqsInstructions::handle";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> invocations.add(result)).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction function() {
        return runtime.function(FunctionConfig.builder(HANDLER).functionName("orders").build(), CorpusCode.code());
    }

    private SqsQueue queue(String name) {
        return runtime.sqsQueue(SqsQueueConfig.builder(name).build());
    }

    /** The bodies each invocation carried, in the order the invocations ended. */
    private List<List<String>> batches() {
        List<List<String>> batches = new ArrayList<>();
        for (InvocationResult result : invocations) {
            List<String> bodies = new ArrayList<>();
            JsonNode records = result.succeeded() ? result.payloadAsJson().get("records") : null;
            if (records != null) {
                records.forEach(record -> bodies.add(record.get("body").asText()));
            }
            batches.add(bodies);
        }
        return batches;
    }

    @Test
    void aSuccessfulBatchIsDeletedAndItsRecordsHaveTheShapeOfTheSqsEvent() {
        SqsQueue orders = queue("orders");
        String id = orders.send(SqsMessage.of("{\"order\":1}").withAttributes(Map.of("tenant", "acme")));
        orders.send("{\"order\":2}");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(orders.size()).isZero();
        assertThat(orders.deletedCount()).isEqualTo(2);
        assertThat(invocations).hasSize(1);
        JsonNode record = invocations.get(0).payloadAsJson().get("records").get(0);
        assertThat(record.get("messageId").asText()).isEqualTo(id);
        assertThat(record.get("receiptHandle").asText()).startsWith("AQEB");
        assertThat(record.get("body").asText()).isEqualTo("{\"order\":1}");
        assertThat(record.at("/attributes/ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(record.at("/attributes/SentTimestamp").asText()).matches("\\d{13}");
        assertThat(record.at("/messageAttributes/tenant/stringValue").asText()).isEqualTo("acme");
        assertThat(record.get("md5OfBody").asText()).isEqualTo("190ad5fd0596a0629a0aa256937135a3");
        assertThat(record.get("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.get("eventSourceARN").asText()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:orders");
        assertThat(record.get("awsRegion").asText()).isEqualTo("us-east-1");
    }

    @Test
    void aFailedBatchComesBackAfterTheVisibilityTimeoutAndMovesToTheDeadLetterQueueAfterMaxReceiveCount() {
        SqsQueue deadLetters = queue("orders-dlq");
        SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").visibilityTimeout(Duration.ofSeconds(30))
                .redrive(deadLetters, 3).build());
        orders.send("throw");
        Instant start = clock.instant();

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(3).allMatch(result -> !result.succeeded());
        assertThat(orders.size()).isZero();
        assertThat(orders.movedToDeadLetterQueueCount()).isEqualTo(1);
        assertThat(deadLetters.bodies()).containsExactly("throw");
        // Three receives, each hidden for 30 s: the third receive's timeout ends before the redrive.
        assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(90));
        assertThat(mapping.metrics().failedInvocations()).isEqualTo(3);
    }

    @Test
    void eachRedeliveryCarriesTheIncrementedReceiveCount() {
        SqsQueue deadLetters = queue("orders-dlq");
        SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders").redrive(deadLetters, 2).build());
        orders.send("fail");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).extracting(result -> result.payloadAsJson().at("/records/0/attributes/ApproximateReceiveCount")
                .asText()).containsExactly("1", "2");
        assertThat(deadLetters.bodies()).containsExactly("fail");
    }

    @Test
    void aPartialResponseDeletesOnlyTheMessagesNotReported() {
        SqsQueue orders = queue("orders");
        orders.send("ok");
        orders.send("fail");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(),
                EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());

        Awaitility.await().atMost(SETTLE).until(() -> mapping.metrics().invocations() == 1 && orders.inFlightCount() == 1
                && orders.size() == 1);
        assertThat(orders.bodies()).containsExactly("fail");
        assertThat(mapping.metrics().recordsReportedFailed()).isEqualTo(1);
    }

    @Test
    void withoutReportBatchItemFailuresAReportedFailureIsIgnoredAndTheBatchDeleted() {
        SqsQueue orders = queue("orders");
        orders.send("ok");
        orders.send("fail");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(invocations).hasSize(1);
        assertThat(orders.size()).isZero();
    }

    @Test
    void anUnknownItemIdentifierFailsTheWholeBatch() {
        SqsQueue orders = queue("orders");
        orders.send("ok");
        orders.send("unknown");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(),
                EventSourceMappingConfig.builder(orders).reportBatchItemFailures(true).build());

        Awaitility.await().atMost(SETTLE).until(() -> mapping.metrics().invocations() == 1 && orders.inFlightCount() == 2);
        assertThat(mapping.metrics().failedInvocations()).isEqualTo(1);
        assertThat(orders.deletedCount()).isZero();
    }

    @Test
    void aFifoGroupWaitsForItsFailedMessageAndKeepsItsOrder() {
        SqsQueue deadLetters = queue("orders-dlq.fifo");
        SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders.fifo").contentBasedDeduplication(true)
                .redrive(deadLetters, 2).build());
        orders.send(SqsMessage.of("a1 throw").withGroupId("a"));
        orders.send(SqsMessage.of("a2").withGroupId("a"));
        orders.send(SqsMessage.of("b1").withGroupId("b"));
        orders.send(SqsMessage.of("b1").withGroupId("b")); // a duplicate within 5 minutes: not queued

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).batchSize(1).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        List<String> groupA = new ArrayList<>();
        for (InvocationResult result : invocations) {
            String body = result.succeeded() ? result.payloadAsJson().at("/records/0/body").asText()
                    : result.error().orElseThrow().errorMessage().contains("told to throw") ? "a1 throw" : "?";
            if (body.startsWith("a")) {
                groupA.add(body);
            }
        }
        assertThat(groupA).containsExactly("a1 throw", "a1 throw", "a2");
        assertThat(deadLetters.bodies()).containsExactly("a1 throw");
        assertThat(orders.deletedCount()).isEqualTo(2);
    }

    @Test
    void aFifoMessageNeedsAGroupAndADeduplicationId() {
        SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders.fifo").build());

        assertThatThrownBy(() -> orders.send("x")).isInstanceOfSatisfying(InvalidConfigurationException.class,
                e -> assertThat(e.lambdaErrorCode()).isEqualTo("MissingParameter"));
        assertThatThrownBy(() -> orders.send(SqsMessage.of("x").withGroupId("g")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("MessageDeduplicationId"));
        assertThat(orders.send(SqsMessage.of("x").withGroupId("g").withDeduplicationId("d"))).isNotEmpty();
    }

    @Test
    void aDelayedMessageWaitsForItsDelayOnTheClock() {
        SqsQueue orders = queue("orders");
        orders.send(SqsMessage.of("later").withDelay(Duration.ofMinutes(5)));
        assertThat(orders.visibleCount()).isZero();
        assertThat(orders.messages()).singleElement().matches(SqsQueue.Message::delayed);

        clock.advance(Duration.ofMinutes(5));

        assertThat(orders.visibleCount()).isOne();
    }

    @Test
    void aBatchingWindowGathersMessagesUntilItEnds() {
        SqsQueue orders = queue("orders");
        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).batchSize(100)
                .maximumBatchingWindow(Duration.ofSeconds(20)).build());
        Instant start = clock.instant();
        for (int i = 0; i < 30; i++) {
            orders.send("m" + i);
        }

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).hasSize(1);
        assertThat(batches().get(0)).hasSize(30);
        assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aFullBatchGoesWithoutWaitingForTheWindow() {
        SqsQueue orders = queue("orders");
        for (int i = 0; i < 20; i++) {
            orders.send("m" + i);
        }
        Instant start = clock.instant();

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders).batchSize(20)
                .maximumBatchingWindow(Duration.ofSeconds(300)).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).hasSize(1);
        assertThat(batches().get(0)).hasSize(20);
        assertThat(Duration.between(start, clock.instant())).isLessThan(Duration.ofSeconds(300));
    }

    @Test
    void concurrencyStartsAtFiveBatchesAndGrowsBy300AMinuteWhileMessagesWait() {
        SqsQueue orders = queue("orders");
        for (int i = 0; i < 40; i++) {
            orders.send("sleep");
        }
        LambdaFunction function = function();

        EventSourceMapping mapping = runtime.eventSourceMapping(function,
                EventSourceMappingConfig.builder(orders).batchSize(1).build());

        assertThat(mapping.concurrency()).isEqualTo(5);
        clock.advance(Duration.ofMinutes(1));
        assertThat(mapping.concurrency()).isEqualTo(305);
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
    }

    @Test
    void maximumConcurrencyCapsTheBatchesRunningAtOnce() {
        SqsQueue orders = queue("orders");
        for (int i = 0; i < 12; i++) {
            orders.send("sleep");
        }
        LambdaFunction function = function();

        EventSourceMapping mapping = runtime.eventSourceMapping(function,
                EventSourceMappingConfig.builder(orders).batchSize(1).maximumConcurrency(2).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        // Each batch holds an environment for 100 ms: more than two at once would have started more environments.
        assertThat(function.environments()).hasSizeBetween(1, 2);
        assertThat(mapping.metrics().invocations()).isEqualTo(12);
    }

    @Test
    void theInitialConcurrencyOfFiveBatchesBoundsTheEnvironments() {
        SqsQueue orders = queue("orders");
        for (int i = 0; i < 30; i++) {
            orders.send("sleep");
        }
        LambdaFunction function = function();

        runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).batchSize(1).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(function.environments()).hasSizeBetween(1, 5);
    }

    @Test
    void aThrottledBatchStaysInFlightUntilTheVisibilityTimeout() {
        SqsQueue orders = queue("orders");
        orders.send("ok");
        LambdaFunction function = function();
        function.putReservedConcurrency(0);

        EventSourceMapping mapping = runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(orders).build());

        Awaitility.await().atMost(SETTLE).until(() -> mapping.metrics().throttledBatches() == 1);
        assertThat(orders.inFlightCount()).isOne();
        assertThat(mapping.metrics().invocations()).isZero();
        function.deleteReservedConcurrency();
        clock.advance(Duration.ofSeconds(SqsQueueConfig.DEFAULT_VISIBILITY_TIMEOUT_SECONDS));
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(orders.messages()).isEmpty();
        assertThat(mapping.metrics().invocations()).isOne();
    }

    @Test
    void aDisabledMappingLeavesTheQueueAloneUntilEnabled() {
        SqsQueue orders = queue("orders");
        orders.send("ok");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(),
                EventSourceMappingConfig.builder(orders).enabled(false).build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(orders.size()).isOne();
        assertThat(invocations).isEmpty();
        mapping.enable();
        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(orders.size()).isZero();
    }

    @Test
    void recordsMatchingNoFilterAreDeletedWithoutAnInvocation() {
        SqsQueue orders = queue("orders");
        orders.send("{\"type\":\"order\",\"amount\":12}");
        orders.send("{\"type\":\"refund\"}");
        orders.send("order");

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders)
                .filterPattern("{\"body\":{\"type\":[\"order\"],\"amount\":[{\"numeric\":[\">\",10]}]}}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("{\"type\":\"order\",\"amount\":12}"));
        assertThat(orders.size()).isZero();
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(2);
    }

    @Test
    void aPlainTextBodyMatchesAPlainPatternAndAnyFilterOfSeveralLetsARecordThrough() {
        SqsQueue orders = queue("orders");
        orders.send("order");
        orders.send("{\"kind\":\"x\"}");
        orders.send("{\"type\":\"ORDER\"}");

        runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders)
                .filterPattern("{\"body\":[\"order\"]}")
                .filterPattern("{\"body\":{\"type\":[{\"equals-ignore-case\":\"order\"}]}}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("order", "{\"type\":\"ORDER\"}"));
    }

    @Test
    void filteringComesBeforeBatchingSoABatchOfTenHoldsTenMatchingMessages() {
        SqsQueue orders = queue("orders");
        for (int i = 0; i < 25; i++) {
            orders.send(i % 5 < 2 ? "{\"type\":\"order\",\"n\":" + i + "}" : "{\"type\":\"refund\",\"n\":" + i + "}");
        }

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders)
                .batchSize(10).filterPattern("{\"body\":{\"type\":[\"order\"]}}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).singleElement().satisfies(batch -> assertThat(batch).hasSize(10)
                .allMatch(body -> body.contains("order")));
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(15);
        assertThat(orders.size()).isZero();
        assertThat(orders.deletedCount()).isEqualTo(25);
    }

    @Test
    void aFifoGroupGoesOnPastTheMessagesItsFiltersDrop() {
        SqsQueue orders = runtime.sqsQueue(SqsQueueConfig.builder("orders.fifo").contentBasedDeduplication(true).build());
        for (int i = 0; i < 12; i++) {
            orders.send(SqsMessage.of((i < 6 ? "skip-" : "keep-") + i).withGroupId("g"));
        }

        EventSourceMapping mapping = runtime.eventSourceMapping(function(), EventSourceMappingConfig.builder(orders)
                .batchSize(10).filterPattern("{\"body\":[{\"prefix\":\"keep\"}]}").build());

        assertThat(runtime.settleEventSources(SETTLE)).isTrue();
        assertThat(batches()).containsExactly(List.of("keep-6", "keep-7", "keep-8", "keep-9", "keep-10", "keep-11"));
        assertThat(mapping.metrics().recordsFilteredOut()).isEqualTo(6);
    }
}
