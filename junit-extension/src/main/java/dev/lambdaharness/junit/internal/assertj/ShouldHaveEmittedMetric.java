package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.EmbeddedMetric;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/** An invocation wrote (or did not write) an embedded metric, or wrote it otherwise than expected. */
public final class ShouldHaveEmittedMetric extends InvocationMessage {

    private ShouldHaveEmittedMetric(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have written metric Orders/ColdStart but it wrote: …} */
    public static ErrorMessageFactory shouldHaveEmitted(String namespace, String name, List<EmbeddedMetric> written) {
        return new ShouldHaveEmittedMetric(message("%nExpecting invocation to have written metric ")
                .thenText(namespace + "/" + name).then(" but it wrote ").thenText(describe(written)));
    }

    /** {@code Expecting invocation not to have written metric Orders/ColdStart but it did: …} */
    public static ErrorMessageFactory shouldNotHaveEmitted(String namespace, String name, List<EmbeddedMetric> found) {
        return new ShouldHaveEmittedMetric(message("%nExpecting invocation not to have written metric ")
                .thenText(namespace + "/" + name).then(" but it did: ").thenText(describe(found)));
    }

    /** {@code Expecting metric Orders/OrderTotal to have value 3.0 but it had [2.0].} */
    public static ErrorMessageFactory shouldHave(EmbeddedMetric metric, String what, Object expected, Object actual) {
        return new ShouldHaveEmittedMetric(message("%nExpecting metric ").thenText(metric.namespace() + "/" + metric.name())
                .then(" to have " + what + " ").thenText(String.valueOf(expected)).then(" but it had ")
                .thenText(String.valueOf(actual)).then("."));
    }

    private static String describe(List<EmbeddedMetric> metrics) {
        if (metrics.isEmpty()) {
            return "no metrics.";
        }
        return metrics.stream().map(m -> m.namespace() + "/" + m.name() + " " + m.values() + " " + m.unit() + " "
                + m.dimensions()).collect(Collectors.joining(", ", "", "."));
    }
}
