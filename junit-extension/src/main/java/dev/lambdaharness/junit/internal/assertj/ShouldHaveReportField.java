package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A figure of the REPORT line is other than expected, or absent. */
public final class ShouldHaveReportField extends InvocationMessage {

    private ShouldHaveReportField(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have requestId: "…" but it had: "…"} */
    public static ErrorMessageFactory shouldHave(String field, Object actual, Object expected) {
        return new ShouldHaveReportField(message("%nExpecting invocation to have ").thenText(field)
                .then(":%n  %s%nbut it had:%n  %s", expected, actual));
    }

    /** {@code Expecting invocation to have an Init Duration but it has none: …} */
    public static ErrorMessageFactory shouldHaveInitDuration() {
        return new ShouldHaveReportField(message("%nExpecting invocation to have an Init Duration but it has none:"
                + " it was a warm start, and only a cold start runs INIT."));
    }

    /** {@code Expecting invocation to report Max Memory Used but it was not measured: …} */
    public static ErrorMessageFactory shouldHaveMaxMemoryUsed() {
        return new ShouldHaveReportField(message("%nExpecting invocation to report Max Memory Used but it was not"
                + " measured: in-process isolation runs every environment in the test JVM's heap, so no environment"
                + " has a peak of its own (see docs/fidelity.md). Deploy the function with Isolation.FORKED to"
                + " assert on memory."));
    }
}
