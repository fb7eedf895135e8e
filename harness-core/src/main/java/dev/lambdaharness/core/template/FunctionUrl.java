package dev.lambdaharness.core.template;

import java.util.Optional;

/**
 * The function's HTTPS endpoint, as SAM's {@code FunctionUrlConfig} or an {@code AWS::Lambda::Url}
 * resource declares it.
 *
 * <pre>{@code
 * template.function("OrdersFunction").url().map(FunctionUrl::authType); // Optional[AWS_IAM]
 * }</pre>
 *
 * @param authType {@code AWS_IAM} or {@code NONE}
 * @param invokeMode {@code BUFFERED} or {@code RESPONSE_STREAM}, when set
 * @param qualifier the alias or version the URL invokes, when set
 */
public record FunctionUrl(String authType, Optional<String> invokeMode, Optional<String> qualifier) {
}
