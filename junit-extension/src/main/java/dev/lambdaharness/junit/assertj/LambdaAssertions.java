package dev.lambdaharness.junit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeThrottled.shouldBeThrottled;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeThrottled.shouldBeThrottledNotThrow;

import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.EventSourceMapping;
import dev.lambdaharness.core.FunctionMetrics;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LoadTestResult;
import dev.lambdaharness.core.MqQueue;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.core.TooManyRequestsException;
import java.util.concurrent.Callable;
import org.assertj.core.error.AssertionErrorCreator;

/**
 * The entry point of the Lambda assertions, to import statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
 *
 * assertThat(function.invoke(request)).succeeded().hasStatusCode(200);
 * assertThat(function.invoke(event)).failedWith("java.lang.IllegalStateException");
 * }</pre>
 *
 * <p>Their failure messages follow one pattern, {@code Expecting <subject> to <expectation> but
 * <what was found>}, and wherever an invocation failed unexpectedly they show its
 * {@code errorType}, {@code errorMessage}, function error type and logs (see
 * {@code docs/assertions.md}).
 */
public final class LambdaAssertions {

    private LambdaAssertions() {
    }

    /** Starts assertions on what an invocation returned. */
    public static InvocationResultAssert assertThat(InvocationResult actual) {
        return new InvocationResultAssert(actual);
    }

    /** Starts assertions on the REPORT figures of an invocation. */
    public static InvocationReportAssert assertThat(InvocationReport actual) {
        return new InvocationReportAssert(actual);
    }

    /** Starts assertions on what an asynchronous invocation delivered to a destination or dead-letter target. */
    public static DeliveredRecordAssert assertThat(DeliveredRecord actual) {
        return new DeliveredRecordAssert(actual);
    }

    /** Starts assertions on what CloudWatch would show for a function. */
    public static FunctionMetricsAssert assertThat(FunctionMetrics actual) {
        return new FunctionMetricsAssert(actual);
    }

    /** Starts assertions on the summary of a load test. */
    public static LoadTestResultAssert assertThat(LoadTestResult actual) {
        return new LoadTestResultAssert(actual);
    }

    /**
     * Starts assertions on a local SQS queue.
     *
     * <pre>{@code
     * assertThat(runtime.sqsQueues().get("orders")).isDrained();
     * }</pre>
     */
    public static SqsQueueAssert assertThat(SqsQueue actual) {
        return new SqsQueueAssert(actual);
    }

    /**
     * Starts assertions on a local Amazon MQ queue.
     *
     * <pre>{@code
     * assertThat(runtime.mqQueues().get("orders.inventory")).isDrained().hasDeadLettered();
     * }</pre>
     */
    public static MqQueueAssert assertThat(MqQueue actual) {
        return new MqQueueAssert(actual);
    }

    /**
     * Starts assertions on an event source mapping.
     *
     * <pre>{@code
     * Waits.on(runtime).untilCaughtUp(mapping);
     * assertThat(mapping).isCaughtUp().hasDelivered(3).hasDiscardedBatches(0);
     * }</pre>
     */
    public static EventSourceMappingAssert assertThat(EventSourceMapping actual) {
        return new EventSourceMappingAssert(actual);
    }

    /** Starts assertions on a throttle. */
    public static ThrottleAssert assertThat(TooManyRequestsException actual) {
        return new ThrottleAssert(actual);
    }

    /**
     * Invokes and verifies that Lambda throttled the invocation, then starts assertions on the throttle.
     *
     * <pre>{@code
     * assertThatThrottled(() -> function.invoke("{}"))
     *         .hasReason(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
     * }</pre>
     */
    public static ThrottleAssert assertThatThrottled(Callable<InvocationResult> invocation) {
        InvocationResult result;
        try {
            result = invocation.call();
        } catch (TooManyRequestsException throttle) {
            return new ThrottleAssert(throttle);
        } catch (Exception e) {
            throw ERRORS.assertionError(shouldBeThrottledNotThrow(e).create());
        }
        throw ERRORS.assertionError(shouldBeThrottled(result).create());
    }

    private static final AssertionErrorCreator ERRORS = new AssertionErrorCreator();

    /** Starts assertions on JSON, compared semantically. */
    public static JsonNodeAssert assertThatJson(JsonNode actual) {
        return new JsonNodeAssert(actual);
    }
}
