package dev.lambdaharness.core.internal.fronts;

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
}
