package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.EventSourceMapping;
import org.assertj.core.error.ErrorMessageFactory;

/** An event source mapping has not caught up, or did other work than it should. */
public final class ShouldHaveMappingFigure extends InvocationMessage {

    private ShouldHaveMappingFigure(Parts parts) {
        super(parts);
    }

    /** {@code Expecting mapping … to have caught up but it still has records to deliver.} followed by its metrics. */
    public static ErrorMessageFactory shouldHaveCaughtUp(EventSourceMapping mapping) {
        return new ShouldHaveMappingFigure(message("%nExpecting ").thenText(mapping.toString())
                .then(" to have caught up but it still has records to deliver").then(running(mapping))
                .then(".%nMetrics:%n  ").thenText(mapping.metrics().toString()));
    }

    /**
     * {@code Expecting EventSourceMapping[…] to show recordsDelivered = 3 but it showed 2.} followed by
     * its metrics, the figures named as {@link EventSourceMapping.Metrics} names them.
     */
    public static ErrorMessageFactory shouldShow(EventSourceMapping mapping, String figure, String relation, Object expected,
            Object actual) {
        return new ShouldHaveMappingFigure(message("%nExpecting ").thenText(mapping.toString())
                .thenText(" to show " + figure + " " + relation + " " + expected + " but it showed " + actual + ".")
                .then("%nMetrics:%n  ").thenText(mapping.metrics().toString()));
    }

    private static String running(EventSourceMapping mapping) {
        return mapping.noBatchRunning() ? "" : " (a batch is being invoked)";
    }
}
