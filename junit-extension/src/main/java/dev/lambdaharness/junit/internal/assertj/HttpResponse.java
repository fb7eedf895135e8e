package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP response a function returned to API Gateway (REST and HTTP APIs), a function URL or an
 * Application Load Balancer: all of them read {@code statusCode}, {@code headers},
 * {@code multiValueHeaders}, {@code body} and {@code isBase64Encoded}; HTTP APIs and function URLs
 * also read {@code cookies}.
 */
public final class HttpResponse {

    private final int statusCode;
    private final List<Map.Entry<String, String>> headers;
    private final List<String> cookies;
    private final String body;
    private final boolean base64Encoded;

    private HttpResponse(int statusCode, List<Map.Entry<String, String>> headers, List<String> cookies, String body,
            boolean base64Encoded) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.cookies = cookies;
        this.body = body;
        this.base64Encoded = base64Encoded;
    }

    /**
     * Reads a response payload.
     *
     * @return the response, or empty when the payload is not a JSON object with a numeric statusCode
     */
    public static Optional<HttpResponse> read(String payload) {
        Optional<JsonNode> json = Json.read(payload);
        JsonNode statusCode = json.map(j -> j.path("statusCode")).orElse(null);
        if (statusCode == null || !statusCode.isIntegralNumber() || !statusCode.canConvertToInt()) {
            return Optional.empty();
        }
        JsonNode response = json.get();
        JsonNode body = response.path("body");
        String text = body.isTextual() ? body.textValue() : body.isMissingNode() || body.isNull() ? "" : body.toString();
        boolean encoded = response.path("isBase64Encoded").asBoolean(false);
        return Optional.of(new HttpResponse(statusCode.intValue(), headersOf(response), cookiesOf(response), text,
                encoded));
    }

    /** The status code. */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The body as the client receives it: decoded when the function sent it base64-encoded.
     *
     * @throws IllegalArgumentException when {@code isBase64Encoded} is true but the body is not base64;
     *     see {@link #undecodableBody()}
     */
    public String body() {
        return base64Encoded ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }

    /** Why the body cannot be decoded, when {@code isBase64Encoded} is true but it is not base64. */
    public Optional<String> undecodableBody() {
        try {
            body();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The body exactly as the function returned it. */
    public String rawBody() {
        return body;
    }

    /**
     * Whether a header of this name (in any case, as HTTP header names are) is present, with this
     * value when one is given.
     */
    public boolean hasHeader(String name, Optional<String> value) {
        return headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name)
                && value.map(v -> v.equals(h.getValue())).orElse(true));
    }

    /** Whether a cookie of this name is set, with this value when one is given. */
    public boolean setsCookie(String name, Optional<String> value) {
        return cookiesSet().stream().anyMatch(cookie -> {
            String pair = cookie.split(";", 2)[0].trim();
            int equals = pair.indexOf('=');
            String cookieName = equals < 0 ? pair : pair.substring(0, equals).trim();
            String cookieValue = equals < 0 ? "" : pair.substring(equals + 1).trim();
            return cookieName.equals(name) && value.map(cookieValue::equals).orElse(true);
        });
    }

    /** The headers, one {@code Name: value} line each, or {@code (none)}. */
    public String headerLines() {
        if (headers.isEmpty()) {
            return "  (none)";
        }
        List<String> lines = new ArrayList<>();
        headers.forEach(h -> lines.add("  " + h.getKey() + ": " + h.getValue()));
        return String.join(System.lineSeparator(), lines);
    }

    /** The cookies set, from {@code cookies} and {@code Set-Cookie} headers, one a line, or {@code (none)}. */
    public String cookieLines() {
        List<String> set = cookiesSet();
        if (set.isEmpty()) {
            return "  (none)";
        }
        List<String> lines = new ArrayList<>();
        set.forEach(c -> lines.add("  " + c));
        return String.join(System.lineSeparator(), lines);
    }

    private List<String> cookiesSet() {
        List<String> set = new ArrayList<>(cookies);
        headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Set-Cookie")).forEach(h -> set.add(h.getValue()));
        return set;
    }

    /**
     * {@code headers} then {@code multiValueHeaders}, one entry per value; a pair in both appears
     * once, as API Gateway merges them.
     */
    private static List<Map.Entry<String, String>> headersOf(JsonNode response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.path("headers").properties().forEach(h -> add(headers, h.getKey(), h.getValue()));
        response.path("multiValueHeaders").properties().forEach(h -> h.getValue()
                .forEach(value -> add(headers, h.getKey(), value)));
        return headers;
    }

    private static void add(List<Map.Entry<String, String>> headers, String name, JsonNode value) {
        Map.Entry<String, String> header = Map.entry(name, value.isTextual() ? value.textValue() : value.toString());
        boolean known = headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name)
                && h.getValue().equals(header.getValue()));
        if (!known) {
            headers.add(header);
        }
    }

    private static List<String> cookiesOf(JsonNode response) {
        List<String> cookies = new ArrayList<>();
        response.path("cookies").forEach(c -> cookies.add(c.isTextual() ? c.textValue() : c.toString()));
        return cookies;
    }
}
