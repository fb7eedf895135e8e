package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.events.builders.HttpEventBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as a front received it: method, raw path and query, headers sorted by name (so
 * that the same request always seeds the builders' ids the same way), body, client address, and
 * the instant it arrived, to the millisecond as the events carry it.
 *
 * <pre>{@code
 * FrontRequest request = new FrontRequest("GET", "/orders/7", "page=2", List.of(Map.entry("Accept", "application/json")),
 *         new byte[0], "127.0.0.1", Instant.now());
 * EventPayload event = request.into(Events.apiGatewayHttp(), true).build();
 * }</pre>
 */
public record FrontRequest(String method, String rawPath, String rawQuery, List<Map.Entry<String, String>> headers,
        byte[] body, String sourceIp, Instant time) {

    /** The first value of the header of that name, ignoring case, or {@code null}. */
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    /** This request with its header names in lower case, as HTTP APIs and Function URLs pass them on. */
    public FrontRequest withLowerCaseHeaderNames() {
        List<Map.Entry<String, String>> lower = headers.stream()
                .map(h -> Map.entry(h.getKey().toLowerCase(Locale.ROOT), h.getValue())).toList();
        return new FrontRequest(method, rawPath, rawQuery, lower, body, sourceIp, time);
    }

    /** The query's pairs, decoded, in order; a name without {@code =} has the value {@code ""}. */
    public List<Map.Entry<String, String>> queryParameters() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            pairs.add(Map.entry(decode(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : decode(pair.substring(equals + 1))));
        }
        return pairs;
    }

    /**
     * The builder given this request's method, path, headers, query parameters, client and body,
     * with a clock fixed at the request's arrival.
     *
     * @param path the path as the front passes it on (a stage's prefix taken off)
     * @param textBody whether the body goes as text; otherwise it goes base64 with {@code isBase64Encoded}
     */
    public <B extends HttpEventBuilder<B>> B into(B builder, String path, boolean textBody) {
        B b = builder.method(method).path(path).sourceIp(sourceIp).clock(Clock.fixed(time, ZoneOffset.UTC));
        for (Map.Entry<String, String> header : headers) {
            b = b.header(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, String> parameter : queryParameters()) {
            b = b.queryParameter(parameter.getKey(), parameter.getValue());
        }
        if (body.length > 0) {
            b = textBody ? b.body(new String(body, StandardCharsets.UTF_8)) : b.binaryBody(body);
        }
        return b;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray % is passed on as the client wrote it, as the gateways do.
            return text;
        }
    }
}
