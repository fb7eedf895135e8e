package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Greets;
import dev.lambdaharness.junit.handlers.Orders;
import dev.lambdaharness.junit.handlers.SqsBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_payloadAs_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_with_the_object_the_runtimes_serialiser_reads() {
        // GIVEN
        InvocationResult result = lambda.invoke(Orders.class, "\"A-1\"");
        // WHEN/THEN
        assertThat(result).payloadAs(Orders.Order.class)
                .extracting(Orders.Order::getSku, Orders.Order::getQuantity)
                .containsExactly("A-1", 2);
    }

    @Test
    void should_read_an_event_library_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(SqsBatch.class,
                "{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"poison\"}]}");
        // WHEN/THEN
        assertThat(result).payloadAs(SQSBatchResponse.class)
                .extracting(response -> response.getBatchItemFailures().get(0).getItemIdentifier())
                .isEqualTo("m-1");
    }

    @Test
    void should_fail_when_the_payload_does_not_fit_the_type() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).payloadAs(Orders.Order.class))
                .withMessage(format("%nExpecting invocation payload to be readable as:%n"
                        + "  dev.lambdaharness.junit.handlers.Orders$Order%n"
                        + "but it is not (Cannot construct instance of"
                        + " `dev.lambdaharness.junit.handlers.Orders$Order` (although at least one Creator"
                        + " exists): no String-argument constructor/factory method to deserialize from String value"
                        + " ('hello world')):%n"
                        + "  \"\"hello world\"\""));
    }
}
