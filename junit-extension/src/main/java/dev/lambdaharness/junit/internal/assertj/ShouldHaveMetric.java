package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.FunctionMetrics;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/** A function's CloudWatch metric other than expected. */
public final class ShouldHaveMetric extends InvocationMessage {

    private ShouldHaveMetric(Parts parts) {
        super(parts);
    }

    /** {@code Expecting function to have Throttles 2.0 but it had 3.0.} followed by every metric. */
    public static ErrorMessageFactory shouldHave(String name, double expected, double actual, FunctionMetrics metrics) {
        return new ShouldHaveMetric(message("%nExpecting function to have ").thenText(name).then(" ")
                .thenText(String.valueOf(expected)).then(" but it had ").thenText(String.valueOf(actual))
                .then(".%nMetrics:%n  ").thenText(metrics.values().entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "))));
    }
}
