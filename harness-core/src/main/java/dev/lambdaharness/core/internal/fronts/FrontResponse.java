package dev.lambdaharness.core.internal.fronts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a front answers: status, headers in order (a name may repeat, as {@code Set-Cookie} does)
 * and body bytes.
 *
 * <pre>{@code
 * FrontResponse notFound = FrontResponse.json(404, "{\"message\":\"Not Found\"}");
 * }</pre>
 */
public record FrontResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** A front's own answer: a JSON document with {@code Content-Type: application/json}. */
    public static FrontResponse json(int status, String document) {
        return new FrontResponse(status, List.of(Map.entry("Content-Type", "application/json")),
                document.getBytes(StandardCharsets.UTF_8));
    }

    /** A front's own answer in plain text. */
    public static FrontResponse text(int status, String text) {
        return new FrontResponse(status, List.of(Map.entry("Content-Type", "text/plain; charset=utf-8")),
                text.getBytes(StandardCharsets.UTF_8));
    }
}
