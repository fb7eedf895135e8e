package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shows what the function printed when a test fails: the logs and REPORT lines of the test's
 * invocations on standard output (where build tools show a failed test's output) and as a report
 * entry (where IDEs and the Open Test Reporting format keep it).
 */
final class FailureOutput {

    /** The report entry's key. */
    static final String REPORT_KEY = "lambdaharness.invocations";

    private FailureOutput() {
    }

    static void show(ExtensionContext context, List<TestInvocations.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String text = render(context.getDisplayName(), entries);
        System.out.println(text);
        context.publishReportEntry(REPORT_KEY, text);
    }

    static String render(String test, List<TestInvocations.Entry> entries) {
        StringBuilder text = new StringBuilder("Lambda Harness: ").append(test).append(" failed after ")
                .append(entries.size()).append(entries.size() == 1 ? " invocation" : " invocations")
                .append("; their logs follow.");
        int number = 0;
        for (TestInvocations.Entry entry : entries) {
            InvocationResult result = entry.result();
            text.append("\n--- ").append(++number).append(" of ").append(entries.size()).append(": function ")
                    .append(entry.function()).append(", request ").append(result.requestId()).append(", ")
                    .append(outcome(result)).append('\n').append(result.logText());
        }
        return text.toString();
    }

    private static String outcome(InvocationResult result) {
        InvocationReport report = result.report();
        String start = report.coldStart() ? "cold start" : "warm start";
        return result.error()
                .map(error -> start + ", failed: " + error.errorType().orElse(error.runtimeErrorType()) + ": "
                        + error.errorMessage())
                .orElse(start + ", succeeded");
    }
}
