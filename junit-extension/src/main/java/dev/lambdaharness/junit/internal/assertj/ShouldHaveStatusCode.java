package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An HTTP response has another status code than expected. */
public final class ShouldHaveStatusCode extends InvocationMessage {

    private ShouldHaveStatusCode(Parts parts) {
        super(parts);
    }

    /** {@code Expecting response to have statusCode: 201 but it had: 500 and body: "…"} */
    public static ErrorMessageFactory shouldHaveStatusCode(int actual, int expected, String body) {
        return new ShouldHaveStatusCode(message("%nExpecting response to have statusCode:%n  %s%nbut it had:%n  %s"
                + "%nand body:%n  %s", expected, actual, body));
    }
}
