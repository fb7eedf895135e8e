package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.LoadTestResult;
import org.assertj.core.error.ErrorMessageFactory;

/** A load test's figure (throttles, cold starts, errors, invocations never started) other than expected. */
public final class ShouldHaveLoadFigure extends InvocationMessage {

    private ShouldHaveLoadFigure(Parts parts) {
        super(parts);
    }

    /**
     * {@code Expecting load test to have had 3 throttles but it had 5.} followed by the summary.
     *
     * @param figure what was counted, plural, for example {@code throttles}
     */
    public static ErrorMessageFactory shouldHave(String figure, int actual, int expected, LoadTestResult result) {
        return new ShouldHaveLoadFigure(message("%nExpecting load test to have had " + expected + " ")
                .thenText(figure).then(" but it had " + actual + ".%nSummary:%n  ").thenText(result.toString()));
    }
}
