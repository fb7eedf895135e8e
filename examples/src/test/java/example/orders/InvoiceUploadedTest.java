package example.orders;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.lambdaharness.core.AsyncInvocation;
import dev.lambdaharness.core.DeliveredRecord;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.Waits;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The invoice processor as template.yaml deploys it: S3 invokes it asynchronously, one retry
 * (EventInvokeConfig), then its dead-letter queue.
 */
@LambdaTest(template = "template.yaml", function = "InvoiceUploadedFunction")
class InvoiceUploadedTest {

    @Test
    void marksTheOrderInvoicedAndLogsItAsJson(LambdaFunction invoices,
            @Event(value = "s3/object-created-put", parameters = {"bucket=invoices-dev", "key=invoices/2026/12/ORD-7.pdf"})
            S3Event uploaded) {
        InvocationResult result = invoices.invoke(uploaded);

        assertThat(result).succeeded().hasPayload("1");
        assertThat(result).logs().containJsonRecord(Map.of("message", "order invoiced", "orderId", "ORD-7",
                "bucket", "invoices-dev"));
        assertThat(invoices.config().memorySize()).as("the template's MemorySize").isEqualTo(256);
    }

    @Test
    void anObjectThatIsNotAnInvoiceEndsInTheDeadLetterQueueAfterOneRetry(LambdaFunction invoices, LambdaRuntime runtime,
            @Event(value = "s3/object-created-put", parameters = "key=uploads/cat.png") S3Event uploaded) {
        AsyncInvocation accepted = invoices.invokeAsync(uploaded);

        // One retry a minute later: the wait moves the test's virtual clock there at once.
        DeliveredRecord deadLetter = Waits.on(runtime).untilDelivered(invoices.config().deadLetter().targetArn().orElseThrow());

        assertThat(deadLetter).hasRequestId(accepted.requestId()).hasAttribute("ErrorCode", "200")
                .hasAttribute("ErrorMessage", "not an invoice: s3://example-bucket/uploads/cat.png");
        assertThat(invoices.metrics().invocations()).isEqualTo(2);
    }
}
