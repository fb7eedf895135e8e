package dev.lambdaharness.conformance;

import java.util.List;
import java.util.Objects;

/**
 * One function's result of one rule or contract check.
 *
 * <pre>{@code
 * for (CheckResult result : report.results()) {
 *     System.out.println(result.function() + " " + result.check() + " " + result.outcome() + ": " + result.message());
 * }
 * }</pre>
 *
 * @param function the function's name
 * @param check the rule's or check's id ({@code no-exit}, {@code cold-warm-same-result})
 * @param kind whether a rule (read from the code) or a contract check (run) found it
 * @param outcome passed, failed or not run
 * @param severity what a failure weighs
 * @param message what was found, or what was checked, or why it did not run
 * @param evidence what shows it: the call chain of a rule's finding, the invocation's log lines
 */
public record CheckResult(String function, String check, Kind kind, Outcome outcome, Severity severity, String message,
        List<String> evidence) {

    /** Where a result comes from. */
    public enum Kind {
        /** An ArchUnit rule of {@link LambdaRules}, read from the class files. */
        RULE,
        /** A {@link ContractCheck}, run on invocations. */
        CHECK
    }

    /** Copies the evidence. */
    public CheckResult {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
    }

    /** @return whether this result is a failure at or above {@code threshold} */
    public boolean isFindingAtOrAbove(Severity threshold) {
        return outcome == Outcome.FAILED && severity.compareTo(threshold) >= 0;
    }
}
