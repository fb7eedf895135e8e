package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldBeThrottled.shouldHaveReason;
import static java.util.Objects.requireNonNull;

import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Assertions on a throttle: the {@link TooManyRequestsException} Lambda answers an invocation it
 * would not run with. Obtain one with {@link LambdaAssertions#assertThatThrottled}, which also
 * fails when the invocation ran.
 *
 * <pre>{@code
 * assertThatThrottled(() -> function.invoke("{}"))
 *         .hasReason(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
 * }</pre>
 */
public class ThrottleAssert extends AbstractThrowableAssert<ThrottleAssert, TooManyRequestsException> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the throttle under test
     */
    public ThrottleAssert(TooManyRequestsException actual) {
        super(actual, ThrottleAssert.class);
    }

    /** Verifies why the invocation was throttled. */
    public ThrottleAssert hasReason(ThrottleReason expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        if (actual.reason() != expected) {
            throw assertionError(shouldHaveReason(actual.reason(), expected));
        }
        return myself;
    }
}
