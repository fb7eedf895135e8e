package dev.lambdaharness.core.internal.fronts;

import java.util.Locale;

/**
 * Which request bodies HTTP APIs and Function URLs pass on as text; every other body goes base64
 * with {@code isBase64Encoded: true}. UNCONFIRMED in its details: AWS documents that binary bodies
 * are base64-encoded but lists no content types; these are the text types the gateways and SAM
 * CLI treat as text (docs/fidelity.md).
 *
 * <pre>{@code
 * boolean text = TextMediaTypes.isText(request.header("Content-Type"));
 * }</pre>
 */
final class TextMediaTypes {

    private TextMediaTypes() {
    }

    /** Whether a body of that content type (or of none) is passed on as text. */
    static boolean isText(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded") || type.equals("application/graphql");
    }
}
