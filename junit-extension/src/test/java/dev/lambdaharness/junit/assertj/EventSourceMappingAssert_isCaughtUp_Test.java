package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.EventSourceMapping;
import dev.lambdaharness.core.EventSourceMappingConfig;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.KinesisStream;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.VirtualClock;
import dev.lambdaharness.junit.handlers.KinesisBatch;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventSourceMappingAssert_isCaughtUp_Test {

    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:click-failures";

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private EventSourceMapping mapping(KinesisStream stream, EventSourceMappingConfig.Builder config) {
        return runtime.eventSourceMapping(runtime.function(FunctionConfig.builder(KinesisBatch.class.getName()).build(),
                RealInvocations.code()), config.build());
    }

    @Test
    void should_pass_on_a_mapping_that_read_its_stream_to_the_end_and_check_its_figures() {
        // GIVEN
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "{\"kind\":\"order\"}");
        stream.putRecord("k", "{\"kind\":\"other\"}");
        EventSourceMapping mapping = mapping(stream, EventSourceMappingConfig.builder(stream)
                .filterPattern("{\"data\":{\"kind\":[\"order\"]}}"));
        // WHEN
        runtime.settleEventSources(Duration.ofSeconds(30));
        // THEN
        assertThat(mapping).isCaughtUp().hasInvocations(1).hasDelivered(1).hasFilteredOut(1).hasDiscardedBatches(0)
                .hasMaximumIteratorAgeAtMost(Duration.ofMinutes(1));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(mapping).hasDelivered(2))
                .withMessageStartingWith(format("%nExpecting " + mapping + " to show recordsDelivered = 2 but it showed 1."
                        + "%nMetrics:%n  Metrics[invocations=1, recordsDelivered=1, failedInvocations=0,"
                        + " recordsReportedFailed=0, recordsFilteredOut=1, throttledBatches=0, batchesDiscarded=0,"
                        + " iteratorAge="));
    }

    @Test
    void should_fail_on_a_shard_a_failing_record_blocks_and_on_a_stream_read_late() {
        // GIVEN
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        stream.putRecord("k", "poison");
        clock.advance(Duration.ofSeconds(10));
        // retried without end: the shard stays blocked
        EventSourceMapping mapping = mapping(stream, EventSourceMappingConfig.builder(stream).reportBatchItemFailures(true));
        // WHEN
        for (int tries = 0; mapping.metrics().invocations() < 2 && tries < 100; tries++) {
            runtime.settleEventSources(Duration.ofMillis(100));
        }
        // THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(mapping).isCaughtUp())
                .withMessageStartingWith(format("%nExpecting " + mapping + " to have caught up but it still has records to"
                        + " deliver"))
                .withMessageContaining(format("%nMetrics:%n  Metrics[invocations="));
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(mapping).hasMaximumIteratorAgeAtMost(Duration.ofSeconds(5)))
                .withMessageStartingWith(format("%nExpecting " + mapping + " to show maximumIteratorAge at most PT5S but it"
                        + " showed PT"));
    }

    @Test
    void should_read_the_batch_info_of_the_on_failure_record() {
        // GIVEN
        KinesisStream stream = runtime.kinesisStream("clicks", 1);
        KinesisStream.PutResult poison = stream.putRecord("k", "poison");
        EventSourceMapping mapping = mapping(stream, EventSourceMappingConfig.builder(stream).reportBatchItemFailures(true)
                .maximumRetryAttempts(0).onFailureDestination(FAILURES));
        // WHEN
        runtime.settleEventSources(Duration.ofSeconds(30));
        // THEN
        assertThat(mapping).isCaughtUp().hasDiscardedBatches(1);
        assertThat(runtime.destination(FAILURES).records().get(0)).hasCondition("RetryAttemptsExhausted")
                .hasBatchInfo("shardId", poison.shardId()).hasBatchInfo("startSequenceNumber", poison.sequenceNumber())
                .hasBatchInfo("batchSize", "1");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(runtime.destination(FAILURES)
                .records().get(0)).hasBatchInfo("batchSize", "2"))
                .withMessageStartingWith(format("%nExpecting record to have KinesisBatchInfo.batchSize \"2\" but it had \"1\"."));
    }
}
