package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Asynchronous invocation: retries on the clock, the event age's look-ahead, destinations and dead-letter targets. */
class AsyncInvocationTest {

    private static final String SUCCESSES = "arn:aws:sqs:us-east-1:123456789012:successes";
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:123456789012:dead-letters";
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:orders";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    @TempDir
    Path directory;

    private final VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<InvocationResult> invocations = new CopyOnWriteArrayList<>();
    private final LambdaRuntime runtime = LambdaRuntime.builder().clock(clock)
            .invocationListener((function, result) -> invocations.add(result)).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    private LambdaFunction deploy(String handler, AsyncInvokeConfig async) {
        return runtime.function(FunctionConfig.builder(handler).functionName("orders").asyncInvoke(async).build(),
                CorpusCode.code());
    }

    private static AsyncInvokeConfig failuresTo(String arn) {
        return AsyncInvokeConfig.DEFAULT.withOnFailureDestination(arn);
    }

    @Test
    void aSuccessfulEventReachesTheOnSuccessDestinationWithLambdasRecord() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.WaitsForGate::handle",
                AsyncInvokeConfig.DEFAULT.withOnSuccessDestination(SUCCESSES));

        AsyncInvocation accepted = function.invokeAsync("{\"sleepMillis\":0}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(runtime.settleAsync(SETTLE)).isEmpty();
        JsonNode record = runtime.destination(SUCCESSES).records().get(0).bodyAsJson();
        assertThat(record.get("version").asText()).isEqualTo("1.0");
        assertThat(record.has("timestamp")).isTrue();
        assertThat(record.get("requestContext").toString()).isEqualTo("{\"requestId\":\"" + accepted.requestId()
                + "\",\"functionArn\":\"" + ARN + ":$LATEST\",\"condition\":\"Success\",\"approximateInvokeCount\":1}");
        assertThat(record.get("requestPayload").toString()).isEqualTo("{\"sleepMillis\":0}");
        assertThat(record.get("responseContext").toString()).isEqualTo("{\"statusCode\":200,\"executedVersion\":\"$LATEST\"}");
        assertThat(record.get("responsePayload").get("requestId").asText()).isEqualTo(accepted.requestId());
        assertThat(invocations).extracting(InvocationResult::requestId).containsExactly(accepted.requestId());
    }

    @Test
    void aFailingEventIsRetriedTwiceAfterOneAndTwoMinutesWithTheSameRequestId() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(FAILURES));

        AsyncInvocation accepted = function.invokeAsync("\"x\"");

        assertThat(runtime.settleAsync(SETTLE)).isEmpty();
        assertThat(invocations).extracting(InvocationResult::requestId).containsExactly(accepted.requestId(),
                accepted.requestId(), accepted.requestId());
        // The clock also runs at real pace: a little less than 3 minutes needed moving.
        assertThat(clock.advanced()).isBetween(Duration.ofMinutes(3).minusSeconds(5), Duration.ofMinutes(3));
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(record.get("responseContext").toString())
                .isEqualTo("{\"statusCode\":200,\"executedVersion\":\"$LATEST\",\"functionError\":\"Unhandled\"}");
        assertThat(record.at("/responsePayload/errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void anEventWhoseNextRetryWouldBeTooOldIsDroppedAtOnce() {
        LambdaFunction sixty = deploy("dev.lambdaharness.core.corpus.Throws",
                failuresTo(FAILURES).withMaximumEventAgeInSeconds(60));
        sixty.invokeAsync("\"x\"");
        runtime.settleAsync(SETTLE);

        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(record.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");

        sixty.updateConfiguration(sixty.config().toBuilder().asyncInvoke(failuresTo(FAILURES).withMaximumEventAgeInSeconds(90))
                .build());
        sixty.invokeAsync("\"x\"");
        runtime.settleAsync(SETTLE);

        JsonNode second = runtime.destination(FAILURES).records().get(1).bodyAsJson();
        assertThat(second.at("/requestContext/condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(second.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(2);
    }

    @Test
    void withNoRetriesTheFirstFailureExhaustsThem() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(FAILURES).withMaximumRetryAttempts(0));

        function.invokeAsync("\"x\"");
        runtime.settleAsync(SETTLE);

        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(invocations).hasSize(1);
    }

    @Test
    void aReservedConcurrencyOfZeroSendsTheEventStraightToFailureWithoutAResponse() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(FAILURES));
        function.putReservedConcurrency(0);

        AsyncInvocation accepted = function.invokeAsync("{\"a\":1}");
        runtime.settleAsync(SETTLE);

        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.get("requestContext").toString()).isEqualTo("{\"requestId\":\"" + accepted.requestId()
                + "\",\"functionArn\":\"" + ARN + ":$LATEST\",\"condition\":\"ZeroReservedConcurrency\","
                + "\"approximateInvokeCount\":0}");
        assertThat(record.has("responseContext")).isFalse();
        assertThat(record.has("responsePayload")).isFalse();
        assertThat(invocations).isEmpty();
    }

    @Test
    void theDeadLetterTargetGetsTheEventWithLambdasAttributes() {
        LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Throws")
                .functionName("orders").asyncInvoke(AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(0))
                .deadLetter(DeadLetterConfig.DEFAULT.withTargetArn(DEAD_LETTERS)).build(), CorpusCode.code());

        AsyncInvocation accepted = function.invokeAsync("\"order 7\"");
        runtime.settleAsync(SETTLE);

        DeliveredRecord message = runtime.destination(DEAD_LETTERS).records().get(0);
        assertThat(message.body()).isEqualTo("\"order 7\"");
        assertThat(message.attributes()).containsExactlyInAnyOrderEntriesOf(Map.of("RequestID", accepted.requestId(),
                "ErrorCode", "200", "ErrorMessage", "boom \"quoted\" <b>"));
    }

    @Test
    void anEventBridgeDestinationGetsTheRecordAsTheDetailOfAnEvent() {
        String bus = "arn:aws:events:us-east-1:123456789012:event-bus/orders";
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(bus).withMaximumRetryAttempts(0));

        function.invokeAsync("\"x\"");
        runtime.settleAsync(SETTLE);

        JsonNode event = runtime.destination(bus).records().get(0).bodyAsJson();
        assertThat(event.get("version").asText()).isEqualTo("0");
        assertThat(event.get("source").asText()).isEqualTo("lambda");
        assertThat(event.get("detail-type").asText()).isEqualTo("Lambda Function Invocation Result - Failure");
        assertThat(event.get("account").asText()).isEqualTo("123456789012");
        assertThat(event.get("region").asText()).isEqualTo("us-east-1");
        assertThat(event.get("resources").toString()).isEqualTo("[\"" + bus + "\",\"" + ARN + ":$LATEST\"]");
        assertThat(event.at("/detail/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
    }

    @Test
    void aDestinationThatIsAFunctionOfTheRuntimeIsInvokedWithTheRecord() {
        LambdaFunction receiver = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                .functionName("receiver").build(), CorpusCode.code());
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws",
                failuresTo(receiver.arn()).withMaximumRetryAttempts(0));

        function.invokeAsync("\"x\"");
        runtime.settleAsync(SETTLE);

        assertThat(receiver.environments()).hasSize(1);
        assertThat(invocations).hasSize(2);
        assertThat(invocations.get(1).succeeded()).isTrue();
    }

    @Test
    void aSinkThatRefusesDeliveriesLosesTheRecord() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(FAILURES).withMaximumRetryAttempts(0));
        runtime.destination(FAILURES).failDeliveries(true);

        function.invokeAsync("\"x\"");

        assertThat(runtime.settleAsync(SETTLE)).isEmpty();
        assertThat(runtime.destination(FAILURES).records()).isEmpty();
    }

    @Test
    void eventsStillWaitingForARetryAreReportedWhenTheRuntimeCloses() {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.Throws", failuresTo(FAILURES));
        AsyncInvocation accepted = function.invokeAsync("\"x\"");
        Awaitility.await().until(() -> invocations.size() == 1 && runtime.pendingAsyncEvents().get(0).nextAttemptAt().isPresent());

        runtime.close();

        assertThat(runtime.pendingAsyncEvents()).singleElement().satisfies(event -> {
            assertThat(event.requestId()).isEqualTo(accepted.requestId());
            assertThat(event.approximateInvokeCount()).isEqualTo(1);
            assertThat(event.payload()).isEqualTo("\"x\"");
            assertThat(event.functionArn()).isEqualTo(ARN + ":$LATEST");
        });
        assertThat(runtime.destination(FAILURES).records()).isEmpty();
    }

    @Test
    void aThrottledEventWaitsWithoutSpendingRetriesUntilItIsTooOld() throws Exception {
        LambdaFunction function = deploy("dev.lambdaharness.core.corpus.WaitsForGate::handle",
                failuresTo(FAILURES).withMaximumEventAgeInSeconds(600));
        function.putReservedConcurrency(1);
        Path gate = directory.resolve("gate");
        Thread holder = new Thread(() -> function.invoke(Map.of("gate", gate.toString())));
        holder.start();
        Awaitility.await().until(() -> directory.toFile().list().length == 1);

        function.invokeAsync("{\"sleepMillis\":0}");
        List<PendingAsyncEvent> left = runtime.settleAsync(SETTLE);
        Files.createFile(gate);
        holder.join();

        assertThat(left).isEmpty();
        JsonNode record = runtime.destination(FAILURES).records().get(0).bodyAsJson();
        assertThat(record.at("/requestContext/condition").asText()).isEqualTo("EventAgeExceeded");
        assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).isZero();
        assertThat(clock.advanced()).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(10));
    }

    @Test
    void aClientContextIsNotPassedOnAndPayloadsOverOneMegabyteAreRefused() {
        LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.ContextEcho::handle")
                .functionName("orders").asyncInvoke(AsyncInvokeConfig.DEFAULT.withOnSuccessDestination(SUCCESSES)).build(),
                CorpusCode.code());

        function.invokeAsync(InvocationRequest.of("{}").withClientContext("{\"custom\":{\"a\":\"b\"}}"));
        runtime.settleAsync(SETTLE);

        JsonNode response = runtime.destination(SUCCESSES).records().get(0).bodyAsJson().get("responsePayload");
        assertThat(response.get("functionName").asText()).isEqualTo("orders");
        assertThat(response.toString()).doesNotContain("\"b\"");
        byte[] big = new byte[LambdaFunction.MAX_ASYNC_REQUEST_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '1';
        assertThatThrownBy(() -> function.invokeAsync(big))
                .isInstanceOfSatisfying(InvocationRejectedException.class, e -> assertThat(e.statusCode()).isEqualTo(413))
                .hasMessageStartingWith("The payload is 1048577 bytes: Lambda refuses it for an asynchronous invocation"
                        + " (RequestTooLargeException: Request must be smaller than 1048576 bytes for the InvokeFunction operation).");
    }
}
