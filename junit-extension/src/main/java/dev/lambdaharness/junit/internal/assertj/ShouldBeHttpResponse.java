package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A payload that should be an API Gateway, function URL or ALB response has no status code. */
public final class ShouldBeHttpResponse extends InvocationMessage {

    private ShouldBeHttpResponse(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have returned an HTTP response but it returned no numeric statusCode: …} */
    public static ErrorMessageFactory shouldBeHttpResponse(String payload) {
        return new ShouldBeHttpResponse(message("%nExpecting invocation to have returned an HTTP response but it"
                + " returned no numeric statusCode:%n  %s%nAPI Gateway REST APIs, payload format 1.0 and Application"
                + " Load Balancers answer that with an error; HTTP APIs with payload format 2.0 and function URLs"
                + " answer valid JSON with status 200 and the JSON as body.", payload));
    }

    /** {@code Expecting response body to be base64, as isBase64Encoded says, but it is not (…): "…"} */
    public static ErrorMessageFactory shouldHaveBase64Body(String rawBody, String problem) {
        return new ShouldBeHttpResponse(message("%nExpecting response body to be base64, as isBase64Encoded says,"
                + " but it is not (").thenText(problem).then("):%n  %s", rawBody));
    }
}
