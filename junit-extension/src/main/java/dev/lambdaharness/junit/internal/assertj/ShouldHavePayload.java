package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An invocation returned another payload than expected. */
public final class ShouldHavePayload extends InvocationMessage {

    private ShouldHavePayload(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have returned payload: "…" but it returned: "…"} */
    public static ErrorMessageFactory shouldHavePayload(String actual, String expected) {
        return new ShouldHavePayload(message("%nExpecting invocation to have returned payload:%n  %s%nbut it returned:%n  %s",
                expected, actual));
    }
}
