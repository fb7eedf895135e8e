package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An HTTP response has another body than expected. */
public final class ShouldHaveBody extends InvocationMessage {

    private ShouldHaveBody(Parts parts) {
        super(parts);
    }

    /** {@code Expecting response to have body: "…" but it had: "…"} */
    public static ErrorMessageFactory shouldHaveBody(String actual, String expected) {
        return new ShouldHaveBody(message("%nExpecting response to have body:%n  %s%nbut it had:%n  %s", expected,
                actual));
    }
}
