package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.HttpApi;
import dev.lambdaharness.junit.handlers.RestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_hasCookie_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_the_cookies_of_an_http_api_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(HttpApi.class, HttpRequests.HTTP_CREATE);
        // WHEN/THEN
        assertThat(result).hasCookie("session").hasCookie("session", "s-2").hasCookie("cart", "empty");
    }

    @Test
    void should_pass_for_set_cookie_headers_of_a_rest_api_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_ORDER);
        // WHEN/THEN
        assertThat(result).hasCookie("session", "s-1").hasCookie("theme");
    }

    @Test
    void should_fail_listing_the_cookies_set_when_the_value_differs() {
        // GIVEN
        InvocationResult result = lambda.invoke(HttpApi.class, HttpRequests.HTTP_CREATE);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasCookie("cart", "full"))
                .withMessage(format("%nExpecting response to set cookie:%n"
                        + "  cart=full%n"
                        + "but the cookies it set were:%n"
                        + "  session=s-2; Secure; HttpOnly%n"
                        + "  cart=empty"));
    }

    @Test
    void should_fail_when_no_cookie_is_set() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasCookie("session"))
                .withMessage(format("%nExpecting response to set cookie:%n"
                        + "  session%n"
                        + "but the cookies it set were:%n"
                        + "  (none)"));
    }
}
