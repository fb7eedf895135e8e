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
import java.util.function.Predicate;

/**
 * A function's response read as REST APIs (Lambda proxy, payload format 1.0) and Application Load
 * Balancers read it: an object with a numeric {@code statusCode} (required), {@code headers} and
 * {@code multiValueHeaders}, {@code body} and {@code isBase64Encoded}. What differs between them is
 * which headers count and whether a base64 body is decoded.
 *
 * <pre>{@code
 * Optional<FrontResponse> http = V1Responses.read(payload, V1Responses.Headers.MERGED, contentType -> true);
 * }</pre>
 */
final class V1Responses {

    /** Which of the response's header maps the front reads. */
    enum Headers {
        /** Both, a pair in both once (REST APIs). */
        MERGED,
        /** {@code headers} alone (ALB, multi-value headers off). */
        SINGLE,
        /** {@code multiValueHeaders} alone (ALB, multi-value headers on). */
        MULTI
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private V1Responses() {
    }

    /**
     * The HTTP answer, or empty when the front cannot read the response.
     *
     * @param decodes given the response's content type (or {@code null}), whether a base64 body is decoded
     */
    static Optional<FrontResponse> read(byte[] payload, Headers which, Predicate<String> decodes) {
        JsonNode response;
        try {
            response = JSON.readTree(payload);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (response == null || !response.isObject() || !response.path("statusCode").canConvertToInt()
                || !response.path("statusCode").isIntegralNumber()) {
            return Optional.empty();
        }
        int status = response.path("statusCode").asInt();
        if (status < 100 || status > 599) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (which != Headers.MULTI && !add(headers, response.path("headers"), false)
                || which != Headers.SINGLE && !add(headers, response.path("multiValueHeaders"), true)) {
            return Optional.empty();
        }
        JsonNode body = response.path("body");
        if (!body.isMissingNode() && !body.isNull() && !body.isTextual()) {
            return Optional.empty();
        }
        String text = body.isTextual() ? body.textValue() : "";
        String contentType = headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (response.path("isBase64Encoded").asBoolean(false) && decodes.test(contentType)) {
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
            }
        }
        return Optional.of(new FrontResponse(status, List.copyOf(headers), bytes));
    }

    /** Adds a header map's pairs, a pair already there once; false when the map is not one. */
    private static boolean add(List<Map.Entry<String, String>> headers, JsonNode map, boolean multi) {
        if (map.isMissingNode() || map.isNull()) {
            return true;
        }
        if (!map.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> header : map.properties()) {
            List<JsonNode> values = new ArrayList<>();
            if (multi && header.getValue().isArray()) {
                header.getValue().forEach(values::add);
            } else if (multi || header.getValue().isContainerNode()) {
                return false;
            } else {
                values.add(header.getValue());
            }
            for (JsonNode value : values) {
                Map.Entry<String, String> pair = Map.entry(header.getKey(), value.asText());
                if (value.isContainerNode()) {
                    return false;
                }
                if (!headers.contains(pair)) {
                    headers.add(pair);
                }
            }
        }
        return true;
    }
}
