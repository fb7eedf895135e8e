package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Lambda@Edge event in its current shape: {@code Records[0].cf} with a {@code config} naming
 * the distribution, the {@code eventType} ({@code viewer-request} by default,
 * {@code origin-request}, {@code origin-response} or {@code viewer-response}) and a request id;
 * the {@code request} with headers keyed by lower-case name, each a list of
 * {@code {key, value}} keeping the original case; the {@code origin} for origin events; the
 * {@code response} for response events; and, for request events with include-body, the body as
 * base64.
 *
 * <p>aws-lambda-java-events' {@code CloudFrontEvent} predates this shape: it reads the request
 * line and headers but drops {@code eventType}, {@code requestId}, {@code querystring},
 * {@code body} and {@code origin}, so test those on the JSON.
 *
 * <pre>{@code
 * EventPayload originRequest = Events.cloudFront().originRequest()
 *         .uri("/images/cat.jpg").querystring("size=small")
 *         .header("Accept", "image/webp")
 *         .s3Origin("my-assets")
 *         .build();
 * EventPayload viewerResponse = Events.cloudFront().viewerResponse().status(404).build();
 * }</pre>
 */
public final class CloudFrontEventBuilder extends EventBuilder<CloudFrontEventBuilder> {

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 201, "Created", 204, "No Content",
            301, "Moved Permanently", 302, "Found", 304, "Not Modified", 400, "Bad Request", 403, "Forbidden",
            404, "Not Found", 500, "Internal Server Error");

    private String eventType = "viewer-request";
    private String method = "GET";
    private String uri = "/";
    private String querystring = "";
    private NameValues headers = NameValues.empty();
    private String clientIp = "203.0.113.178";
    private String bodyBase64;
    private String s3Bucket;
    private String customOrigin = "example.org";
    private int status = 200;
    private NameValues responseHeaders = NameValues.empty();

    /** A builder for a viewer request for {@code /}; {@link dev.lambdaharness.events.Events#cloudFront()} is the usual way in. */
    public CloudFrontEventBuilder() {
    }

    /** @return a builder for a viewer request event (the default) */
    public CloudFrontEventBuilder viewerRequest() {
        return eventType("viewer-request");
    }

    /** @return a builder for an origin request event, which carries the origin */
    public CloudFrontEventBuilder originRequest() {
        return eventType("origin-request");
    }

    /** @return a builder for an origin response event, which carries the origin and the response */
    public CloudFrontEventBuilder originResponse() {
        return eventType("origin-response");
    }

    /** @return a builder for a viewer response event, which carries the response */
    public CloudFrontEventBuilder viewerResponse() {
        return eventType("viewer-response");
    }

    private CloudFrontEventBuilder eventType(String type) {
        return with(b -> b.eventType = type);
    }

    /**
     * @param method the request's HTTP method
     * @return a builder for a request with that method (default {@code GET})
     */
    public CloudFrontEventBuilder method(String method) {
        Checks.text("method", method);
        return with(b -> b.method = method.toUpperCase(Locale.ROOT));
    }

    /**
     * @param uri the request's path, starting with {@code /}
     * @return a builder for a request for that path (default {@code /})
     */
    public CloudFrontEventBuilder uri(String uri) {
        Checks.text("uri", uri);
        if (!uri.startsWith("/") || uri.contains("?")) {
            throw new IllegalArgumentException("uri \"" + uri + "\" is not a request path. Pass one that starts "
                    + "with / and give the query string with querystring(\"a=1&b=2\").");
        }
        return with(b -> b.uri = uri);
    }

    /**
     * @param query the query string as the viewer sent it, without {@code ?}
     * @return a builder for a request with that query string (default empty)
     */
    public CloudFrontEventBuilder querystring(String query) {
        Checks.present("querystring", query);
        return with(b -> b.querystring = query.startsWith("?") ? query.substring(1) : query);
    }

    /**
     * @param name request header name, as the viewer wrote it
     * @param value its value; a name given again adds another value
     * @return a builder for a request with that header
     */
    public CloudFrontEventBuilder header(String name, String value) {
        Checks.text("header name", name);
        Checks.present("header value", value);
        return with(b -> b.headers = b.headers.with(name, value));
    }

    /**
     * @param ip the viewer's IP address
     * @return a builder for a request from that address
     */
    public CloudFrontEventBuilder clientIp(String ip) {
        Checks.text("clientIp", ip);
        return with(b -> b.clientIp = ip);
    }

    /**
     * @param body the request body as text, for a request event whose trigger includes the body
     * @return a builder whose request carries that body, base64-encoded
     */
    public CloudFrontEventBuilder body(String body) {
        String encoded = Encodings.base64(Checks.present("body", body));
        return with(b -> b.bodyBase64 = encoded);
    }

    /**
     * @param bucket the S3 bucket the distribution's origin is
     * @return a builder whose origin events name that S3 origin
     */
    public CloudFrontEventBuilder s3Origin(String bucket) {
        Checks.text("bucket", bucket);
        return with(b -> b.s3Bucket = bucket);
    }

    /**
     * @param domainName the custom origin's domain name
     * @return a builder whose origin events name that custom HTTPS origin (default {@code example.org})
     */
    public CloudFrontEventBuilder customOrigin(String domainName) {
        Checks.text("domainName", domainName);
        return with(b -> {
            b.customOrigin = domainName;
            b.s3Bucket = null;
        });
    }

    /**
     * @param status the response's HTTP status, for response events
     * @return a builder for a response with that status (default 200)
     */
    public CloudFrontEventBuilder status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status " + status + " is not an HTTP status. Pass 100 to 599.");
        }
        return with(b -> b.status = status);
    }

    /**
     * @param name response header name
     * @param value its value; a name given again adds another value
     * @return a builder for a response with that header, for response events
     */
    public CloudFrontEventBuilder responseHeader(String name, String value) {
        Checks.text("header name", name);
        Checks.present("header value", value);
        return with(b -> b.responseHeaders = b.responseHeaders.with(name, value));
    }

    @Override
    Object content() {
        return List.of(eventType, method, uri, querystring, headers, clientIp, String.valueOf(bodyBase64),
                String.valueOf(s3Bucket), customOrigin, status, responseHeaders);
    }

    @Override
    JsonNode json(Wire wire) {
        boolean origin = eventType.startsWith("origin");
        boolean response = eventType.endsWith("response");
        if (response && bodyBase64 != null) {
            throw new IllegalStateException("A " + eventType + " event carries no request body; Lambda@Edge "
                    + "passes bodies to request events only. Use viewerRequest() or originRequest(), or drop body(...).");
        }
        Ids ids = wire.ids();
        String distributionDomain = "d" + ids.lowerAlphanumeric(13) + ".cloudfront.net";
        ObjectNode cf = Json.object();
        ObjectNode config = cf.putObject("config");
        config.put("distributionDomainName", distributionDomain);
        config.put("distributionId", "E" + ids.upperAlphanumeric(13));
        config.put("eventType", eventType);
        config.put("requestId", ids.alphanumeric(54) + "==");

        String originDomain = s3Bucket != null ? s3Bucket + ".s3." + wire.region() + "." + wire.dnsSuffix()
                : customOrigin;
        NameValues requestHeaders = NameValues.empty()
                .with("Host", origin ? originDomain : distributionDomain)
                .with("User-Agent", origin ? "Amazon CloudFront" : "curl/8.5.0")
                .with("Accept", "*/*");
        if (origin) {
            requestHeaders = requestHeaders
                    .with("Via", "2.0 " + ids.hex(32) + ".cloudfront.net (CloudFront)")
                    .with("X-Forwarded-For", clientIp);
        }
        ObjectNode request = cf.putObject("request");
        if (bodyBase64 != null) {
            request.putObject("body").put("inputTruncated", false).put("action", "read-only")
                    .put("encoding", "base64").put("data", bodyBase64);
        }
        request.put("clientIp", clientIp);
        request.set("headers", LambdaEdgeParts.headers(headers.after(requestHeaders)));
        request.put("method", method);
        if (origin) {
            request.set("origin", LambdaEdgeParts.origin(s3Bucket != null, originDomain, wire.region()));
        }
        request.put("querystring", querystring);
        request.put("uri", uri);
        if (response) {
            NameValues defaults = NameValues.empty()
                    .with("Content-Type", "text/html")
                    .with("Server", origin ? "nginx" : "CloudFront");
            ObjectNode responseNode = cf.putObject("response");
            responseNode.set("headers", LambdaEdgeParts.headers(responseHeaders.after(defaults)));
            responseNode.put("status", String.valueOf(status));
            responseNode.put("statusDescription", REASONS.getOrDefault(status, ""));
        }
        ObjectNode record = Json.object();
        record.set("cf", cf);
        ObjectNode event = Json.object();
        event.putArray("Records").add(record);
        return event;
    }
}
