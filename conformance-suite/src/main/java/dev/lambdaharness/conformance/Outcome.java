package dev.lambdaharness.conformance;

/**
 * How one rule or contract check ended for one function.
 *
 * <pre>{@code
 * report.results().stream().filter(result -> result.outcome() == Outcome.NOT_RUN).forEach(System.out::println);
 * }</pre>
 */
public enum Outcome {
    /** It ran and found nothing. */
    PASSED,
    /** It ran and found what its message says. */
    FAILED,
    /** It could not run (no fitting event, an isolation that cannot measure it); the message says why. Never a pass. */
    NOT_RUN
}
