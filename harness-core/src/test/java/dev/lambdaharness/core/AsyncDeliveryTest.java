package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the runtime hands asynchronous events over: how many at once, and twice when asked to. */
class AsyncDeliveryTest {

    private static final String SUCCESSES = "arn:aws:sqs:us-east-1:123456789012:successes";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();

    private LambdaRuntime.Builder runtime() {
        return LambdaRuntime.builder().clock(RuntimeClock.virtual())
                .invocationListener((function, result) -> invocations.add(result));
    }

    private static LambdaFunction deploy(LambdaRuntime runtime) {
        return runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                .functionName("orders").asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnSuccessDestination(SUCCESSES))
                .build(), CorpusCode.code());
    }

    @Test
    void aFunctionRunsAtMostAsyncWorkersEventsAtOnceAndQueuesTheRest() throws Exception {
        Path gate = directory.resolve("gate");
        try (LambdaRuntime runtime = runtime().asyncWorkers(2).build()) {
            LambdaFunction function = deploy(runtime);
            for (int i = 0; i < 5; i++) {
                function.invokeAsync("{\"gate\":\"" + gate.toString().replace("\\", "\\\\") + "\"}");
            }
            Awaitility.await().until(() -> function.concurrentExecutions() == 2);
            assertThat(runtime.pendingAsyncEvents()).hasSize(5);

            Files.createFile(gate);

            assertThat(runtime.settleAsync(SETTLE)).isEmpty();
            assertThat(function.concurrentExecutions()).isZero();
            assertThat(function.metrics().concurrentExecutions()).isEqualTo(2);
            assertThat(function.environments()).hasSize(2);
            assertThat(runtime.destination(SUCCESSES).records()).hasSize(5);
        }
    }

    @Test
    void everyEventDeliveredTwiceRunsTwiceWithItsRequestIdButIsRecordedOnce() {
        try (LambdaRuntime runtime = runtime().duplicateAsyncEvents(1.0).build()) {
            LambdaFunction function = deploy(runtime);

            AsyncInvocation accepted = function.invokeAsync("{\"sleepMillis\":0}");

            assertThat(runtime.settleAsync(SETTLE)).isEmpty();
            assertThat(invocations).extracting(InvocationResult::requestId)
                    .containsExactly(accepted.requestId(), accepted.requestId());
            assertThat(runtime.destination(SUCCESSES).records()).singleElement()
                    .satisfies(record -> assertThat(record.bodyAsJson().at("/requestContext/approximateInvokeCount").asInt())
                            .isEqualTo(1));
            assertThat(function.metrics().invocations()).isEqualTo(2);
        }
    }

    @Test
    void aShareOfEventsDeliveredTwiceFollowsTheSeed() {
        List<Integer> duplicated = new CopyOnWriteArrayList<>();
        for (int run = 0; run < 2; run++) {
            invocations.clear();
            try (LambdaRuntime runtime = runtime().duplicateAsyncEvents(0.5).seed(7).build()) {
                LambdaFunction function = deploy(runtime);
                List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    ids.add(function.invokeAsync("{\"sleepMillis\":0}").requestId());
                }
                assertThat(runtime.settleAsync(SETTLE)).isEmpty();
                assertThat(runtime.destination(SUCCESSES).records()).hasSize(20);
                List<String> seen = invocations.stream().map(InvocationResult::requestId).collect(Collectors.toList());
                assertThat(seen).containsAll(ids);
                duplicated.add(seen.size() - 20);
            }
        }
        assertThat(duplicated.get(0)).isBetween(1, 19).isEqualTo(duplicated.get(1));
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirRange() {
        assertThatThrownBy(() -> LambdaRuntime.builder().asyncWorkers(0))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("asyncWorkers 0 is below 1: at least one asynchronous event of a function must be able to"
                        + " run. Give 1 or more, for example 16.");
        assertThatThrownBy(() -> LambdaRuntime.builder().duplicateAsyncEvents(1.5))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("duplicateAsyncEvents 1.5 is not a share of events: give a number from 0 (no event"
                        + " delivered twice) to 1 (every event), for example 0.1.");
    }
}
