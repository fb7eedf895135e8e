package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function's response read as HTTP APIs (payload format 2.0) and Function URLs read it: an object
 * with {@code statusCode} gives the status, {@code headers}, {@code cookies} (each a
 * {@code Set-Cookie} header), {@code body} and {@code isBase64Encoded}; any other JSON is the body
 * of a 200 with {@code Content-Type: application/json}, a bare string its text ("API Gateway
 * infers the response format", API Gateway developer guide, payload format 2.0 response).
 *
 * <pre>{@code
 * Optional<FrontResponse> http = V2Responses.read(result.payload());   // empty: malformed
 * }</pre>
 */
final class V2Responses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private V2Responses() {
    }

    /** The HTTP answer, or empty when the front cannot read the response (its malformed-response error). */
    static Optional<FrontResponse> read(byte[] payload) {
        JsonNode response;
        try {
            response = JSON.readTree(payload);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!response.isObject() || !response.has("statusCode")) {
            String body = response.isTextual() ? response.textValue() : response.toString();
            return Optional.of(new FrontResponse(200, List.of(Map.entry("Content-Type", "application/json")),
                    body.getBytes(StandardCharsets.UTF_8)));
        }
        JsonNode status = response.get("statusCode");
        if (!status.canConvertToInt() || !(status.isIntegralNumber() || status.isTextual()) || status.asInt() < 100
                || status.asInt() > 599) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        JsonNode given = response.path("headers");
        if (!given.isMissingNode() && !given.isNull()) {
            if (!given.isObject()) {
                return Optional.empty();
            }
            for (Map.Entry<String, JsonNode> header : given.properties()) {
                if (header.getValue().isContainerNode()) {
                    return Optional.empty();
                }
                headers.add(Map.entry(header.getKey(), header.getValue().asText()));
            }
        }
        JsonNode cookies = response.path("cookies");
        if (!cookies.isMissingNode() && !cookies.isNull()) {
            if (!cookies.isArray()) {
                return Optional.empty();
            }
            cookies.forEach(cookie -> headers.add(Map.entry("Set-Cookie", cookie.asText())));
        }
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Content-Type"))) {
            headers.add(Map.entry("Content-Type", "application/json"));
        }
        JsonNode body = response.path("body");
        byte[] bytes;
        if (body.isMissingNode() || body.isNull()) {
            bytes = new byte[0];
        } else if (!body.isTextual()) {
            return Optional.empty();
        } else if (response.path("isBase64Encoded").asBoolean(false)) {
            try {
                bytes = Base64.getDecoder().decode(body.textValue());
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        } else {
            bytes = body.textValue().getBytes(StandardCharsets.UTF_8);
        }
        return Optional.of(new FrontResponse(status.asInt(), List.copyOf(headers), bytes));
    }
}
