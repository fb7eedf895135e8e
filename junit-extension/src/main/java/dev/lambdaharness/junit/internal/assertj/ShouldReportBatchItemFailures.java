package dev.lambdaharness.junit.internal.assertj;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** A partial batch response reports other failed items than expected. */
public final class ShouldReportBatchItemFailures extends InvocationMessage {

    private ShouldReportBatchItemFailures(Parts parts) {
        super(parts);
    }

    /**
     * {@code Expecting batch response to report exactly these failed items (in any order): […] but it
     * reported: […]}, then the items not reported and those not expected.
     */
    public static ErrorMessageFactory shouldReportFailures(List<String> actual, List<String> expected) {
        List<String> notReported = new ArrayList<>(expected);
        actual.forEach(notReported::remove);
        List<String> notExpected = new ArrayList<>(actual);
        expected.forEach(notExpected::remove);
        Parts parts = message("%nExpecting batch response to report exactly these failed items (in any order):%n  %s"
                + "%nbut it reported:%n  %s", expected, actual);
        if (!notReported.isEmpty()) {
            parts.then("%nnot reported:%n  %s", notReported);
        }
        if (!notExpected.isEmpty()) {
            parts.then("%nnot expected:%n  %s", notExpected);
        }
        return new ShouldReportBatchItemFailures(parts);
    }

    /** {@code Expecting batch response to report no failures but it reported: […]} */
    public static ErrorMessageFactory shouldReportNoFailures(List<String> actual) {
        return new ShouldReportBatchItemFailures(message("%nExpecting batch response to report no failures but it"
                + " reported:%n  %s", actual));
    }
}
