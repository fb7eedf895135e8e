package dev.lambdaharness.core.template;

import java.util.OptionalInt;

/**
 * A published version of the function, as an {@code AWS::Lambda::Version} resource (or SAM's
 * {@code AutoPublishAlias}, which publishes one) declares it.
 *
 * <pre>{@code
 * template.function("OrdersFunction").versions().get(0).id(); // OrdersFunctionVersion
 * }</pre>
 *
 * @param id the version resource's logical id ({@code <function>Version} for SAM's)
 * @param provisionedConcurrency the provisioned concurrency on the version, when set
 */
public record FunctionVersion(String id, OptionalInt provisionedConcurrency) {
}
