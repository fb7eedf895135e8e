package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An invocation started its environment otherwise than expected: cold instead of warm, or warm instead of cold. */
public final class ShouldHaveStarted extends InvocationMessage {

    private ShouldHaveStarted(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have been a cold start but it was a warm start.} */
    public static ErrorMessageFactory shouldBeColdStart() {
        return new ShouldHaveStarted(message("%nExpecting invocation to have been a cold start but it was a warm"
                + " start: it reused an environment an earlier invocation had started."));
    }

    /** {@code Expecting invocation to have been a warm start but it was a cold start.} */
    public static ErrorMessageFactory shouldBeWarmStart() {
        return new ShouldHaveStarted(message("%nExpecting invocation to have been a warm start but it was a cold"
                + " start: it started a new environment and ran INIT first."));
    }
}
