package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.HttpApi;
import dev.lambdaharness.junit.handlers.RestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_hasHeader_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_single_and_multi_value_headers_in_any_case() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_ORDER);
        // WHEN/THEN
        assertThat(result).hasHeader("content-type", "application/json")
                .hasHeader("Vary", "Accept-Encoding")
                .hasHeader("VARY");
    }

    @Test
    void should_fail_listing_the_headers_when_the_value_differs() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_ORDER);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(result).hasHeader("Content-Type", "text/html"))
                .withMessage(format("%nExpecting response to have header:%n"
                        + "  Content-Type: text/html%n"
                        + "but its headers were:%n"
                        + "  Content-Type: application/json%n"
                        + "  Set-Cookie: session=s-1; Path=/; HttpOnly%n"
                        + "  Set-Cookie: theme=dark%n"
                        + "  Vary: Accept%n"
                        + "  Vary: Accept-Encoding"));
    }

    @Test
    void should_fail_when_the_header_is_missing() {
        // GIVEN
        InvocationResult result = lambda.invoke(HttpApi.class, HttpRequests.HTTP_CREATE);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasHeader("Cache-Control"))
                .withMessage(format("%nExpecting response to have header:%n"
                        + "  Cache-Control%n"
                        + "but its headers were:%n"
                        + "  Location: /orders/o-1%n"
                        + "  content-type: application/json"));
    }
}
