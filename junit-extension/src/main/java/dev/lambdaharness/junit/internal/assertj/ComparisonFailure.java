package dev.lambdaharness.junit.internal.assertj;

import java.util.Arrays;
import java.util.function.Predicate;
import org.assertj.core.api.AssertionInfo;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/**
 * A failure that carries the actual and expected values beside its message, so IDEs offer to
 * compare them.
 */
public final class ComparisonFailure {

    private ComparisonFailure() {
    }

    /**
     * Creates the failure without the assertion's own frames, as AssertJ leaves them out of the
     * failures it creates, so the trace (and the line soft assertions report) starts at the test.
     *
     * @param ownFrame whether a frame belongs to the assertion class
     */
    public static AssertionError of(AssertionInfo info, ErrorMessageFactory message, Object actual, Object expected,
            Predicate<StackTraceElement> ownFrame) {
        AssertionError failure = Failures.instance().failure(info, message, actual, expected);
        if (Failures.instance().isRemoveAssertJRelatedElementsFromStackTrace()) {
            failure.setStackTrace(Arrays.stream(failure.getStackTrace())
                    .filter(frame -> !ownFrame.test(frame) && !frame.getClassName().equals(ComparisonFailure.class.getName()))
                    .toArray(StackTraceElement[]::new));
        }
        return failure;
    }
}
