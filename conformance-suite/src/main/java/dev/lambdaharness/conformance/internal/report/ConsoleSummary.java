package dev.lambdaharness.conformance.internal.report;

import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.Outcome;

/**
 * The summary a build prints: the counts, then one line per failure and per check not run, so the
 * console alone says what to fix.
 *
 * <pre>{@code
 * System.out.print(ConsoleSummary.of(report));
 * }</pre>
 */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    /** @return the summary, lines ending in {@code \n} */
    public static String of(ConformanceReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Lambda Harness conformance: ").append(report.functions().size()).append(" function(s), ")
                .append(report.count(Outcome.PASSED)).append(" passed, ")
                .append(report.count(Outcome.FAILED)).append(" failed, ")
                .append(report.count(Outcome.NOT_RUN)).append(" not run, ")
                .append(report.suppressions().size()).append(" suppression(s)\n");
        for (CheckResult result : report.results()) {
            if (result.outcome() == Outcome.FAILED) {
                text.append("  FAILED  ").append(result.severity()).append(' ').append(result.function()).append(' ')
                        .append(result.check()).append(": ").append(result.message()).append('\n');
            }
        }
        for (CheckResult result : report.results()) {
            if (result.outcome() == Outcome.NOT_RUN) {
                text.append("  NOT RUN ").append(result.function()).append(' ').append(result.check()).append(": ")
                        .append(result.message()).append('\n');
            }
        }
        return text.toString();
    }
}
