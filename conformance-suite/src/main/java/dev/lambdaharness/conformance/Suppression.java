package dev.lambdaharness.conformance;

/**
 * A {@link SuppressLambdaRule} found in a function's classes, as reports list it.
 *
 * <pre>{@code
 * report.suppressions().forEach(s -> System.out.println(s.rule() + " at " + s.where() + ": " + s.reason()));
 * }</pre>
 *
 * @param function the function whose classes hold it
 * @param rule the rule it names
 * @param where the class, method or field it is written on
 * @param reason the reason it states (blank when none, which suppresses nothing)
 */
public record Suppression(String function, String rule, String where, String reason) {
}
