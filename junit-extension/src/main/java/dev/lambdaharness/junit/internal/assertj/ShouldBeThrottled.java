package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.ThrottleReason;
import org.assertj.core.error.ErrorMessageFactory;

/** An invocation that was to be throttled ran, or was throttled for another reason. */
public final class ShouldBeThrottled extends InvocationMessage {

    private ShouldBeThrottled(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to be throttled but it ran and succeeded with payload: …} */
    public static ErrorMessageFactory shouldBeThrottled(InvocationResult result) {
        return new ShouldBeThrottled(message("%nExpecting invocation to be throttled but it ran and ").thenOutcome(result));
    }

    /** {@code Expecting invocation to be throttled but it threw …} */
    public static ErrorMessageFactory shouldBeThrottledNotThrow(Throwable thrown) {
        return new ShouldBeThrottled(message("%nExpecting invocation to be throttled but it threw:%n  ")
                .thenText(thrown.toString()));
    }

    /** {@code Expecting throttle to have reason X but it had Y.} */
    public static ErrorMessageFactory shouldHaveReason(ThrottleReason actual, ThrottleReason expected) {
        return new ShouldBeThrottled(message("%nExpecting throttle to have reason ").thenText(expected.wireName())
                .then(" but it had ").thenText(actual.wireName()).then("."));
    }
}
