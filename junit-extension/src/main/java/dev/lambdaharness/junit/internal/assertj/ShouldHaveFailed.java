package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.InvocationResult;
import org.assertj.core.error.ErrorMessageFactory;

/** An invocation did not fail, or failed differently than it should have. */
public final class ShouldHaveFailed extends InvocationMessage {

    private ShouldHaveFailed(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have failed but it succeeded with payload: …} */
    public static ErrorMessageFactory shouldHaveFailed(InvocationResult actual) {
        return new ShouldHaveFailed(message("%nExpecting invocation to have failed but it ").thenOutcome(actual));
    }

    /**
     * {@code Expecting invocation to have failed with errorType: "…" but it …}
     *
     * @param what what the failure should have had, such as {@code errorType} or
     *     {@code an errorMessage containing}
     */
    public static ErrorMessageFactory shouldHaveFailedWith(String what, Object expected, InvocationResult actual) {
        return new ShouldHaveFailed(message("%nExpecting invocation to have failed with ").thenText(what)
                .then(":%n  %s%nbut it ", expected).thenOutcome(actual));
    }

    /** {@code Expecting invocation to have timed out but it …} */
    public static ErrorMessageFactory shouldHaveTimedOut(InvocationResult actual) {
        return new ShouldHaveFailed(message("%nExpecting invocation to have timed out but it ").thenOutcome(actual));
    }
}
