package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Orders;
import dev.lambdaharness.junit.handlers.WritesText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_payloadJson_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_when_the_payload_is_the_same_json_in_another_order() {
        // GIVEN
        InvocationResult result = lambda.invoke(Orders.class, "\"A-1\"");
        // WHEN/THEN
        assertThat(result).payloadJson().isEqualTo("{\"tags\":[\"new\",\"gift\"],\"quantity\":2.0,\"sku\":\"A-1\"}");
        assertThat(result).payloadJson().at("/tags/1").asText().isEqualTo("gift");
    }

    @Test
    void should_fail_naming_the_first_difference() {
        // GIVEN
        InvocationResult result = lambda.invoke(Orders.class, "\"A-1\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).payloadJson().isEqualTo("{\"sku\":\"A-1\",\"quantity\":3,\"tags\":[\"new\",\"gift\"]}"))
                .withMessage(format("%nExpecting JSON:%n"
                        + "  {\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"]}%n"
                        + "to be equal to:%n"
                        + "  {\"sku\":\"A-1\",\"quantity\":3,\"tags\":[\"new\",\"gift\"]}%n"
                        + "when compared as JSON, but they differ at \"/quantity\": expected 3 but was 2"));
    }

    @Test
    void should_fail_when_the_payload_is_not_json() {
        // GIVEN
        InvocationResult result = lambda.invoke(WritesText.class, "{}");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).payloadJson())
                .withMessage(format("%nExpecting invocation payload to be JSON but it is not (Unrecognized token"
                        + " 'plain': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
                        + " 'false')):%n"
                        + "  \"plain text\""));
    }
}
