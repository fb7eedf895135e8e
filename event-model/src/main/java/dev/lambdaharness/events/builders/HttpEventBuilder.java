package dev.lambdaharness.events.builders;

import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What the HTTP event builders (API Gateway REST and HTTP APIs, Function URLs, ALB) share: the
 * request line, headers and query parameters (repeatable, so a name given twice has two values),
 * the client, and a text, JSON or binary body (binary bodies are sent base64 with
 * {@code isBase64Encoded: true}).
 *
 * <pre>{@code
 * EventPayload request = Events.apiGatewayHttp().method("POST").path("/orders")
 *         .header("Accept", "application/json")
 *         .queryParameter("dryRun", "true")
 *         .jsonBody(Map.of("sku", "A-1"))
 *         .build();
 * }</pre>
 *
 * @param <SELF> the concrete builder, which every setting returns
 */
public abstract class HttpEventBuilder<SELF extends HttpEventBuilder<SELF>> extends EventBuilder<SELF> {

    private String method;
    private String path = "/";
    private NameValues headers = NameValues.empty();
    private NameValues query = NameValues.empty();
    private String rawQuery;
    private String body;
    private boolean base64;
    private String sourceIp = "198.51.100.7";

    HttpEventBuilder() {
    }

    /**
     * @param method the HTTP method, such as {@code POST}
     * @return a builder for a request with that method (default {@code GET}, or the route's)
     */
    public final SELF method(String method) {
        Checks.text("method", method);
        return with(b -> ((HttpEventBuilder<SELF>) b).method = method.toUpperCase(Locale.ROOT));
    }

    /**
     * @param path the request path, without query string, starting with {@code /}
     * @return a builder for a request to that path (default {@code /})
     */
    public final SELF path(String path) {
        Checks.text("path", path);
        if (!path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("path \"" + path + "\" is not a request path. Pass one that starts "
                    + "with / and has no query string; add query parameters with queryParameter(name, value).");
        }
        return with(b -> ((HttpEventBuilder<SELF>) b).path = path);
    }

    /**
     * @param name header name, as the client wrote it
     * @param value header value; a name given again adds another value
     * @return a builder for a request with that header
     */
    public final SELF header(String name, String value) {
        Checks.text("header name", name);
        Checks.present("header value", value);
        return with(b -> ((HttpEventBuilder<SELF>) b).headers = headers.with(name, value));
    }

    /**
     * @param name query parameter name, unencoded
     * @param value its value, unencoded; a name given again adds another value
     * @return a builder for a request with that query parameter
     */
    public final SELF queryParameter(String name, String value) {
        Checks.text("query parameter name", name);
        Checks.present("query parameter value", value);
        return with(b -> {
            HttpEventBuilder<SELF> self = b;
            self.query = query.with(name, value);
            if (rawQuery != null) {
                // The raw query the client sent, and then this pair as a client would add it.
                String pair = NameValues.encode(name) + "=" + NameValues.encode(value);
                self.rawQuery = rawQuery.isEmpty() ? pair : rawQuery + "&" + pair;
            }
        });
    }

    /**
     * The query string exactly as the client sent it, such as {@code q=a+b&tag=x%2Fy}: payload
     * format 2.0 passes it on as {@code rawQueryString} byte for byte, and every format's query
     * parameters are its pairs decoded ({@code +} and {@code %20} a space; a {@code %} that starts no
     * escape stays as it is; a name without {@code =} has the value {@code ""}). It replaces the
     * query parameters given before; those given after are added to it, encoded.
     *
     * <pre>{@code
     * Events.apiGatewayHttp().rawQueryString("q=a+b&page=2").build();   // rawQueryString "q=a+b&page=2", q "a b"
     * }</pre>
     *
     * @param raw the query string without its {@code ?}; empty for none
     * @return a builder for a request with that query string
     */
    public final SELF rawQueryString(String raw) {
        Checks.present("raw query string", raw);
        if (raw.startsWith("?")) {
            throw new IllegalArgumentException("raw query string \"" + raw + "\" starts with ?. Pass what follows the ?,"
                    + " such as \"" + raw.substring(1) + "\".");
        }
        NameValues decoded = pairs(raw, HttpEventBuilder::decode);
        return with(b -> {
            ((HttpEventBuilder<SELF>) b).query = decoded;
            ((HttpEventBuilder<SELF>) b).rawQuery = raw;
        });
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray % is passed on as the client wrote it, as the gateways do.
            return text;
        }
    }

    /**
     * @param body the request body as text
     * @return a builder for a request with that body
     */
    public final SELF body(String body) {
        Checks.present("body", body);
        return with(b -> {
            ((HttpEventBuilder<SELF>) b).body = body;
            ((HttpEventBuilder<SELF>) b).base64 = false;
        });
    }

    /**
     * @param body a {@code Map}, {@code List}, {@code JsonNode}, bean, or a string of JSON
     * @return a builder for a request with that body as JSON and, unless given,
     *     {@code Content-Type: application/json}
     */
    public final SELF jsonBody(Object body) {
        String json = Json.text(Checks.present("body", body));
        return with(b -> {
            HttpEventBuilder<SELF> self = b;
            self.body = json;
            self.base64 = false;
            if (!self.headers.has("Content-Type")) {
                self.headers = self.headers.with("Content-Type", "application/json");
            }
        });
    }

    /**
     * @param body the request body's bytes
     * @return a builder for a request with that body, sent base64 with {@code isBase64Encoded: true}
     */
    public final SELF binaryBody(byte[] body) {
        String encoded = Encodings.base64(Checks.present("body", body));
        return with(b -> {
            ((HttpEventBuilder<SELF>) b).body = encoded;
            ((HttpEventBuilder<SELF>) b).base64 = true;
        });
    }

    /**
     * @param ip the client's IP address
     * @return a builder for a request from that address (default {@code 198.51.100.7})
     */
    public final SELF sourceIp(String ip) {
        Checks.text("sourceIp", ip);
        return with(b -> ((HttpEventBuilder<SELF>) b).sourceIp = ip);
    }

    /** @return the method given, or {@code fallback} when none was */
    final String methodOr(String fallback) {
        return method == null ? fallback : method;
    }

    final String method() {
        return methodOr("GET");
    }

    final String path() {
        return path;
    }

    /** @return the user's headers, without defaults */
    final NameValues headers() {
        return headers;
    }

    final NameValues query() {
        return query;
    }

    /** @return the query string as the client sent it, or the parameters encoded when none was given */
    final String rawQuery() {
        return rawQuery != null ? rawQuery : query.queryString();
    }

    /**
     * @return the query's pairs as the client encoded them (from {@link #rawQueryString(String)}), or
     *     the parameters encoded when no raw query string was given
     */
    final NameValues encodedQuery() {
        return rawQuery == null ? query.renamed(NameValues::encode).revalued(NameValues::encode)
                : pairs(rawQuery, UnaryOperator.identity());
    }

    /** @return the {@code name=value} pairs of a query string, each part given to {@code each} */
    private static NameValues pairs(String raw, UnaryOperator<String> each) {
        NameValues pairs = NameValues.empty();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                pairs = pairs.with(each.apply(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : each.apply(pair.substring(equals + 1)));
            }
        }
        return pairs;
    }

    /** @return the body as the payload carries it (base64 when binary), or {@code null} */
    final String body() {
        return body;
    }

    final boolean isBase64Encoded() {
        return base64;
    }

    final String sourceIp() {
        return sourceIp;
    }

    /** @return the user agent the client sent, or curl's when no {@code User-Agent} header was given */
    final String userAgent() {
        List<String> agents = headers.all().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("User-Agent"))
                .flatMap(e -> e.getValue().stream()).toList();
        return agents.isEmpty() ? "curl/8.5.0" : agents.get(agents.size() - 1);
    }

    /** @return the length of the body's bytes, as a client's {@code Content-Length} */
    final int contentLength() {
        return body == null ? 0 : base64 ? Base64.getDecoder().decode(body).length : Encodings.utf8(body).length;
    }

    /** @return the headers every request through a proxy has, with the given names' case */
    final NameValues forwardedHeaders(Wire wire, String host) {
        NameValues defaults = NameValues.empty()
                .with("Accept", "*/*")
                .with("Host", host)
                .with("User-Agent", userAgent())
                .with("X-Amzn-Trace-Id", traceId(wire))
                .with("X-Forwarded-For", sourceIp)
                .with("X-Forwarded-Port", "443")
                .with("X-Forwarded-Proto", "https");
        if (body != null) {
            defaults = defaults.with("Content-Length", String.valueOf(contentLength()));
        }
        return defaults;
    }

    /** @return an X-Ray trace header, {@code Root=1-<epoch seconds in hex>-<24 hex digits>} */
    static String traceId(Wire wire) {
        return "Root=1-" + Long.toHexString(wire.now().getEpochSecond()) + "-" + wire.ids().hex(24);
    }

    @Override
    Object content() {
        return List.of(methodOr("-"), path, headers, query, rawQuery(), String.valueOf(body), base64, sourceIp,
                more());
    }

    /** @return the subclass's own settings, for the id seed */
    abstract Object more();
}
