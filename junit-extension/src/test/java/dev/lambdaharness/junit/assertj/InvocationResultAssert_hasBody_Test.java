package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Echo;
import dev.lambdaharness.junit.handlers.HttpApi;
import dev.lambdaharness.junit.handlers.RestApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

class InvocationResultAssert_hasBody_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    @Test
    void should_pass_with_the_body_as_the_client_receives_it() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        // WHEN/THEN
        assertThat(result).hasBody("no order at /orders/Z-9");
        assertThat(result).body().startsWith("no order");
    }

    @Test
    void should_decode_a_base64_encoded_body() {
        // GIVEN
        InvocationResult result = lambda.invoke(HttpApi.class, HttpRequests.HTTP_CREATE_ENCODED);
        // WHEN/THEN
        assertThat(result).hasBody("{\"id\":\"o-1\",\"sku\":\"A-1\"}");
        assertThat(result).bodyJson().isEqualTo("{\"sku\":\"A-1\",\"id\":\"o-1\"}");
    }

    @Test
    void should_read_the_body_as_json() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_ORDER);
        // WHEN/THEN
        assertThat(result).bodyJson().at("/tags").isEqualTo("[\"new\",\"gift\"]");
    }

    @Test
    void should_fail_with_both_bodies_for_an_ide_to_compare() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionFailedError.class)
                .isThrownBy(() -> assertThat(result).hasBody("no order at /orders/A-1"))
                .withMessage(format("%nExpecting response to have body:%n"
                        + "  \"no order at /orders/A-1\"%n"
                        + "but it had:%n"
                        + "  \"no order at /orders/Z-9\""))
                .matches(e -> e.getActual().getValue().equals("no order at /orders/Z-9"));
    }

    @Test
    void should_fail_when_the_body_is_not_json() {
        // GIVEN
        InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).bodyJson())
                .withMessage(format("%nExpecting response body to be JSON but it is not (Unrecognized token 'no':"
                        + " was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')):%n"
                        + "  \"no order at /orders/Z-9\""));
    }

    @Test
    void should_fail_when_a_body_said_to_be_base64_is_not() {
        // GIVEN a function that claims base64 but returns plain text
        InvocationResult result = lambda.invoke(Echo.class,
                "{\"statusCode\":200,\"body\":\"plain text!\",\"isBase64Encoded\":true}");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).hasBody("plain text!"))
                .withMessage(format("%nExpecting response body to be base64, as isBase64Encoded says, but it is not"
                        + " (Illegal base64 character 20):%n"
                        + "  \"plain text!\""));
    }
}
