package dev.lambdaharness.core.internal.invokeapi;

import java.util.Optional;

/**
 * The {@code FunctionName} of an Invoke API path, in the forms the service accepts: a name
 * ({@code orders}), a name with a qualifier ({@code orders:live}), a full ARN
 * ({@code arn:aws:lambda:us-east-1:123456789012:function:orders[:live]}) or a partial ARN
 * ({@code 123456789012:function:orders[:live]}). Region and account are present only when the form names them.
 *
 * <pre>{@code
 * FunctionName name = FunctionName.parse("123456789012:function:orders:live");
 * name.name();      // "orders"
 * name.qualifier(); // Optional[live]
 * }</pre>
 *
 * @param name the function's name
 * @param region the region an ARN names
 * @param account the account a full or partial ARN names
 * @param qualifier the version or alias the name carries after a colon
 */
public record FunctionName(String name, Optional<String> region, Optional<String> account, Optional<String> qualifier) {

    /** The name as the path gave it, decoded; empty when it has none of the accepted forms. */
    public static Optional<FunctionName> parse(String text) {
        String[] parts = text.split(":", -1);
        if (text.startsWith("arn:")) {
            // arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]
            if ((parts.length == 7 || parts.length == 8) && parts[2].equals("lambda") && parts[5].equals("function")) {
                return of(parts[6], Optional.of(parts[3]), Optional.of(parts[4]), parts.length == 8 ? parts[7] : null);
            }
            return Optional.empty();
        }
        if ((parts.length == 3 || parts.length == 4) && parts[0].matches("\\d{12}") && parts[1].equals("function")) {
            return of(parts[2], Optional.empty(), Optional.of(parts[0]), parts.length == 4 ? parts[3] : null);
        }
        if (parts.length == 1 || parts.length == 2) {
            return of(parts[0], Optional.empty(), Optional.empty(), parts.length == 2 ? parts[1] : null);
        }
        return Optional.empty();
    }

    private static Optional<FunctionName> of(String name, Optional<String> region, Optional<String> account, String qualifier) {
        if (name.isEmpty() || (qualifier != null && qualifier.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new FunctionName(name, region, account, Optional.ofNullable(qualifier)));
    }
}
