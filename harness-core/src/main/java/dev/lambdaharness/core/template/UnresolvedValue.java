package dev.lambdaharness.core.template;

/**
 * A value of a template that cannot be worked out on this machine: an {@code !ImportValue}, a
 * {@code !GetAZs}, a parameter with no default that nobody gave, an attribute of a resource Lambda
 * Harness does not model. The harness never guesses one; a test gives it by its path with
 * {@link Template#withValue(String, Object)}.
 *
 * <pre>{@code
 * for (UnresolvedValue value : template.unresolved()) {
 *     System.out.println(value.path() + ": " + value.expression() + " (" + value.reason() + ")");
 *     // Resources.OrdersFunction.Properties.Environment.Variables.BUS: !ImportValue shared-bus (...)
 * }
 * }</pre>
 *
 * @param path the property path that holds the value, as {@link Template#withValue(String, Object)} takes it
 * @param expression the expression as the template writes it, for example {@code !ImportValue shared-bus}
 * @param reason why it cannot be resolved here
 */
public record UnresolvedValue(String path, String expression, String reason) {
}
