package dev.lambdaharness.core.internal.fronts;

import dev.lambdaharness.events.builders.HttpEventBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    /** This request with its header names in lower case, as HTTP APIs (format 2.0), Function URLs and load balancers pass them on. */
    public FrontRequest withLowerCaseHeaderNames() {
        return withHeaderNames(name -> name.toLowerCase(Locale.ROOT));
    }

    /**
     * This request with its header names spelt as most clients spell them, each hyphen-separated
     * word capitalised ({@code Content-Type}, {@code X-Custom-Header}). REST APIs and HTTP APIs in
     * format 1.0 pass a header on as the client spelt it, but the JDK's server keeps no spelling
     * (it makes {@code X-custom-header} of every one): this one is deterministic and the most
     * likely, and docs/http-fronts.md says so.
     */
    public FrontRequest withCanonicalHeaderNames() {
        return withHeaderNames(FrontRequest::canonical);
    }

    /** This request with the instant it arrived moved to {@code time}. */
    public FrontRequest at(Instant time) {
        return new FrontRequest(method, rawPath, rawQuery, headers, body, sourceIp, time);
    }

    private FrontRequest withHeaderNames(UnaryOperator<String> names) {
        List<Map.Entry<String, String>> renamed = headers.stream().map(h -> Map.entry(names.apply(h.getKey()), h.getValue()))
                .toList();
        return new FrontRequest(method, rawPath, rawQuery, renamed, body, sourceIp, time);
    }

    private static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char c : name.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            wordStart = c == '-';
        }
        return out.toString();
    }

    /**
     * The builder given this request's method, path, headers, query string as the client sent it,
     * client and body, with a clock fixed at the request's arrival.
     *
     * @param path the path as the front passes it on (a stage's prefix taken off)
     * @param textBody whether the body goes as text; otherwise it goes base64 with {@code isBase64Encoded}
     */
    public <B extends HttpEventBuilder<B>> B into(B builder, String path, boolean textBody) {
        B b = builder.method(method).path(path).sourceIp(sourceIp).clock(Clock.fixed(time, ZoneOffset.UTC));
        for (Map.Entry<String, String> header : headers) {
            b = b.header(header.getKey(), header.getValue());
        }
        b = b.rawQueryString(rawQuery == null ? "" : rawQuery);
        if (body.length > 0) {
            b = textBody ? b.body(new String(body, StandardCharsets.UTF_8)) : b.binaryBody(body);
        }
        return b;
    }
}
