package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.InvocationResult;
import org.assertj.core.error.ErrorMessageFactory;

/** An invocation that should have succeeded failed. */
public final class ShouldHaveSucceeded extends InvocationMessage {

    private ShouldHaveSucceeded(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have succeeded but it failed with: …} */
    public static ErrorMessageFactory shouldHaveSucceeded(InvocationResult actual) {
        return new ShouldHaveSucceeded(message("%nExpecting invocation to have succeeded but it ").thenOutcome(actual));
    }
}
