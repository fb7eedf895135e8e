package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A Kinesis mapping with a tumbling window driving a forked function: the real runtime interface
 * client reads each invocation as a {@code KinesisTimeWindowEvent}, and the state of its
 * {@code TimeWindowEventResponse} comes back in the window's next invocation.
 */
class TumblingWindowForkedIT {

    @Test
    void theRuntimeClientReadsTheWindowAndItsStateIsCarriedToTheFinalInvocation() {
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:30Z"));
        List<JsonNode> states = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
                .invocationListener((function, result) -> states.add(result.payloadAsJson().get("state"))).build()) {
            KinesisStream stream = runtime.kinesisStream("clicks", 1);
            stream.putRecord("k", "a");
            stream.putRecord("k", "b");
            LambdaFunction function = runtime.function(FunctionConfig.builder(
                    "dev.lambdaharness.core.corpus.KinesisWindowTotals::handleRequest").functionName("totals").build(),
                    CorpusCode.code(), Isolation.FORKED);

            runtime.eventSourceMapping(function, EventSourceMappingConfig.builder(stream).batchSize(1)
                    .tumblingWindow(Duration.ofMinutes(1)).build());

            assertThat(runtime.settleEventSources(Duration.ofSeconds(60))).isTrue();
            assertThat(states).hasSize(3);
            assertThat(states.get(2).get("log").asText()).isEqualTo("2026-01-01T00:00:00Z|1|false|false;"
                    + "2026-01-01T00:00:00Z|1|false|false;2026-01-01T00:00:00Z|0|true|false");
            assertThat(states.get(2).get("count").asText()).isEqualTo("2");
            assertThat(states.get(2).get("shardId").asText()).isEqualTo("shardId-000000000000");
        }
    }
}
