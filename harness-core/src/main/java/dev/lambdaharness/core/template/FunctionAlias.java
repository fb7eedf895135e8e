package dev.lambdaharness.core.template;

import java.util.OptionalInt;

/**
 * An alias of the function, as SAM's {@code AutoPublishAlias} (pointing at the version it publishes,
 * the first being {@code 1}) or an {@code AWS::Lambda::Alias} resource declares it.
 *
 * <pre>{@code
 * FunctionAlias live = template.function("OrdersFunction").aliases().get(0);
 * live.name();                    // live
 * live.provisionedConcurrency();  // OptionalInt[5]
 * }</pre>
 *
 * @param name the alias name
 * @param functionVersion the version it points at, or the logical id of an {@code AWS::Lambda::Version} resource
 * @param provisionedConcurrency the provisioned concurrency on the alias, when set
 */
public record FunctionAlias(String name, String functionVersion, OptionalInt provisionedConcurrency) {
}
