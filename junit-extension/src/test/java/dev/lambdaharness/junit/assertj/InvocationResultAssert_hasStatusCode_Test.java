package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Alb;
import dev.lambdaharness.junit.handlers.Fails;
import dev.lambdaharness.junit.handlers.Greets;
import dev.lambdaharness.junit.handlers.HttpApi;
import dev.lambdaharness.junit.handlers.RestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

class InvocationResultAssert_hasStatusCode_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_for_a_rest_api_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_ORDER);
        // WHEN/THEN
        assertThat(result).succeeded().hasStatusCode(200);
    }

    @Test
    void should_pass_for_an_http_api_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(HttpApi.class, HttpRequests.HTTP_CREATE);
        // WHEN/THEN
        assertThat(result).hasStatusCode(201);
    }

    @Test
    void should_pass_for_an_application_load_balancer_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(Alb.class, "{\"httpMethod\":\"GET\",\"path\":\"/\"}");
        // WHEN/THEN
        assertThat(result).hasStatusCode(503).hasHeader("retry-after", "120").hasBody("down for maintenance");
    }

    @Test
    void should_fail_with_the_status_and_the_body_for_an_ide_to_compare() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionFailedError.class).isThrownBy(() -> assertThat(result).hasStatusCode(200))
                .withMessage(format("%nExpecting response to have statusCode:%n"
                        + "  200%n"
                        + "but it had:%n"
                        + "  404%n"
                        + "and body:%n"
                        + "  \"no order at /orders/Z-9\""))
                .matches(e -> e.getActual().getValue().equals(404) && e.getExpected().getValue().equals(200));
    }

    @Test
    void should_fail_when_the_payload_has_no_status_code() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasStatusCode(200))
                .withMessage(format("%nExpecting invocation to have returned an HTTP response but it returned no"
                        + " numeric statusCode:%n"
                        + "  \"\"hello world\"\"%n"
                        + "API Gateway REST APIs, payload format 1.0 and Application Load Balancers answer that with"
                        + " an error; HTTP APIs with payload format 2.0 and function URLs answer valid JSON with status"
                        + " 200 and the JSON as body."));
    }

    @Test
    void should_fail_with_the_error_when_the_invocation_failed() {
        // GIVEN
        InvocationResult result = lambda.invoke(Fails.class, "\"boom\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasStatusCode(200))
                .withMessage(format("%nExpecting invocation to have succeeded but it failed with:%n"
                        + "  errorType: \"java.lang.IllegalStateException\"%n"
                        + "  errorMessage: \"boom\"%n"
                        + "  functionErrorType: \"Runtime.UserException\"%n"
                        + "Logs:%n"
                        + "%s", Logs.indented(result)));
    }
}
