package dev.lambdaharness.core.internal.fronts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The answers the fronts give by themselves, in one place with where each comes from (docs/http-fronts.md
 * lists them with their sources). Those AWS does not document exactly are the most likely
 * behaviour and marked so; docs/fidelity.md says which.
 *
 * <pre>{@code
 * return FrontErrors.HTTP_API_INTERNAL;
 * }</pre>
 */
public final class FrontErrors {

    private FrontErrors() {
    }

    /**
     * HTTP API: a function error, a timed-out function, a response it cannot read. Documented: "HTTP API
     * returns 500 Internal Server Error" (API Gateway developer guide, troubleshooting Lambda integrations).
     */
    public static final FrontResponse HTTP_API_INTERNAL = FrontResponse.json(500, "{\"message\":\"Internal Server Error\"}");

    /**
     * HTTP API: Lambda throttled the invocation. UNCONFIRMED: AWS's knowledge center says API Gateway
     * "might return an Internal server error" when the backend throttles; an HTTP API passes no 429 on.
     */
    public static final FrontResponse HTTP_API_THROTTLED = HTTP_API_INTERNAL;

    /** HTTP API: the integration took longer than its timeout (30 s at most): 503 Service Unavailable. */
    public static final FrontResponse HTTP_API_TIMEOUT = FrontResponse.json(503, "{\"message\":\"Service Unavailable\"}");

    /** HTTP API: no route matches and there is no {@code $default} route. */
    public static final FrontResponse HTTP_API_NOT_FOUND = FrontResponse.json(404, "{\"message\":\"Not Found\"}");

    /** API Gateway: a body over 10 MB, or an event over Lambda's 6 MB. */
    public static final FrontResponse REQUEST_TOO_LARGE = FrontResponse.json(413, "{\"message\":\"Request Entity Too Large\"}");

    /**
     * Function URL: a function error, a timed-out function or a response Lambda cannot read: 502 with
     * "Internal Server Error" (reported against the Lambda developer guide, awsdocs issue 430).
     * UNCONFIRMED: the body's exact bytes and content type.
     */
    public static final FrontResponse URL_FUNCTION_ERROR = FrontResponse.text(502, "Internal Server Error");

    /** Function URL: Lambda throttled the invocation: 429. UNCONFIRMED: the body. */
    public static final FrontResponse URL_THROTTLED = FrontResponse.json(429, "{\"Message\":\"Rate Exceeded.\"}");

    /** Function URL: an event over Lambda's 6 MB. UNCONFIRMED: the body. */
    public static final FrontResponse URL_TOO_LARGE = FrontResponse.json(413, "{\"Message\":\"Request Entity Too Large\"}");

    /**
     * REST API: a function error, a timed-out function, a response it cannot read: 502
     * (AWS knowledge center, api-gateway-5xx-error: "502 bad gateway").
     */
    public static final FrontResponse REST_BAD_GATEWAY = FrontResponse.json(502, "{\"message\": \"Internal server error\"}");

    /** REST API: Lambda throttled the invocation. UNCONFIRMED, as for HTTP APIs: an internal server error. */
    public static final FrontResponse REST_THROTTLED = FrontResponse.json(500, "{\"message\": \"Internal server error\"}");

    /** REST API: the integration ran past its timeout, 29 s by default: 504. */
    public static final FrontResponse REST_TIMEOUT = FrontResponse.json(504, "{\"message\": \"Endpoint request timed out\"}");

    /** REST API: no resource and method match: the {@code MISSING_AUTHENTICATION_TOKEN} gateway response, 403. */
    public static final FrontResponse REST_NOT_FOUND = FrontResponse.json(403, "{\"message\":\"Missing Authentication Token\"}");

    /** REST API: a body over 10 MB or an event over Lambda's 6 MB: 413. UNCONFIRMED: the body. */
    public static final FrontResponse REST_TOO_LARGE = FrontResponse.json(413, "{\"message\":\"Request Too Long\"}");

    /**
     * ALB: a function error, a timed-out function, a response it cannot read or over 1 MB: 502
     * (Elastic Load Balancing, troubleshooting: HTTP 502). UNCONFIRMED: the page's exact bytes.
     */
    public static final FrontResponse ALB_BAD_GATEWAY = albPage(502, "Bad Gateway");

    /** ALB: Lambda throttled the invocation. UNCONFIRMED: 503, as when a target cannot take the request. */
    public static final FrontResponse ALB_THROTTLED = albPage(503, "Service Temporarily Unavailable");

    /** ALB: a request body over the 1 MB a load balancer sends to Lambda. UNCONFIRMED: the status, 413. */
    public static final FrontResponse ALB_TOO_LARGE = albPage(413, "Request Entity Too Large");

    /** The page an Application Load Balancer answers its own errors with. */
    private static FrontResponse albPage(int status, String reason) {
        String title = status + " " + reason;
        String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n</body>\r\n</html>\r\n";
        return new FrontResponse(status, List.of(Map.entry("Content-Type", "text/html")),
                page.getBytes(StandardCharsets.UTF_8));
    }
}
