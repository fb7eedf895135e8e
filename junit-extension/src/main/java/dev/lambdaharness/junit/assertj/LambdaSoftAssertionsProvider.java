package dev.lambdaharness.junit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.EventSourceMapping;
import dev.lambdaharness.core.FunctionMetrics;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LoadTestResult;
import dev.lambdaharness.core.MqQueue;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.junit.internal.assertj.SoftProxies;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The Lambda assertions as soft assertions, for any soft assertions class: mix it into your own
 * (or use {@link LambdaSoftAssertions}) and every failure is collected rather than thrown, including
 * those after a navigation such as {@code logs()} or {@code payloadJson()}.
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements LambdaSoftAssertionsProvider {
 * }
 * }</pre>
 */
public interface LambdaSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Starts soft assertions on what an invocation returned. */

    default InvocationResultAssert assertThat(InvocationResult actual) {
        return SoftProxies.create(InvocationResultAssert.class, () -> proxy(InvocationResultAssert.class, InvocationResult.class, actual));
    }

    /** Starts soft assertions on the REPORT figures of an invocation. */

    default InvocationReportAssert assertThat(InvocationReport actual) {
        return SoftProxies.create(InvocationReportAssert.class, () -> proxy(InvocationReportAssert.class, InvocationReport.class, actual));
    }

    /** Starts soft assertions on what an asynchronous invocation delivered. */

    default DeliveredRecordAssert assertThat(DeliveredRecord actual) {
        return SoftProxies.create(DeliveredRecordAssert.class, () -> proxy(DeliveredRecordAssert.class, DeliveredRecord.class, actual));
    }

    /** Starts soft assertions on an event source mapping. */
    default EventSourceMappingAssert assertThat(EventSourceMapping actual) {
        return SoftProxies.create(EventSourceMappingAssert.class,
                () -> proxy(EventSourceMappingAssert.class, EventSourceMapping.class, actual));
    }

    /** Starts soft assertions on a local Amazon MQ queue. */
    default MqQueueAssert assertThat(MqQueue actual) {
        return SoftProxies.create(MqQueueAssert.class, () -> proxy(MqQueueAssert.class, MqQueue.class, actual));
    }

    /** Starts soft assertions on a local SQS queue. */

    default SqsQueueAssert assertThat(SqsQueue actual) {
        return SoftProxies.create(SqsQueueAssert.class, () -> proxy(SqsQueueAssert.class, SqsQueue.class, actual));
    }

    /** Starts soft assertions on what CloudWatch would show for a function. */

    default FunctionMetricsAssert assertThat(FunctionMetrics actual) {
        return SoftProxies.create(FunctionMetricsAssert.class, () -> proxy(FunctionMetricsAssert.class, FunctionMetrics.class, actual));
    }

    /** Starts soft assertions on the summary of a load test. */

    default LoadTestResultAssert assertThat(LoadTestResult actual) {
        return SoftProxies.create(LoadTestResultAssert.class, () -> proxy(LoadTestResultAssert.class, LoadTestResult.class, actual));
    }

    /** Starts soft assertions on JSON, compared semantically. */

    default JsonNodeAssert assertThatJson(JsonNode actual) {
        return SoftProxies.create(JsonNodeAssert.class, () -> proxy(JsonNodeAssert.class, JsonNode.class, actual));
    }
}
