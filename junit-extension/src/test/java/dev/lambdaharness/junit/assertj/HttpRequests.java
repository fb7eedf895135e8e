package dev.lambdaharness.junit.assertj;

/** Request payloads for the HTTP handlers, as API Gateway and function URLs send them (only the fields the handlers read). */
final class HttpRequests {

    /** A REST API (payload format 1.0) request for the existing order. */
    static final String REST_ORDER = "{\"resource\":\"/orders/{id}\",\"path\":\"/orders/A-1\",\"httpMethod\":\"GET\"}";

    /** A REST API request for an order that does not exist. */
    static final String REST_MISSING = "{\"resource\":\"/orders/{id}\",\"path\":\"/orders/Z-9\",\"httpMethod\":\"GET\"}";

    /** An HTTP API (payload format 2.0) or function URL request creating an order. */
    static final String HTTP_CREATE = "{\"version\":\"2.0\",\"rawPath\":\"/orders\",\"body\":\"{}\"}";

    /** The same, on the path where the handler base64-encodes its body. */
    static final String HTTP_CREATE_ENCODED = "{\"version\":\"2.0\",\"rawPath\":\"/encoded\",\"body\":\"{}\"}";

    private HttpRequests() {
    }
}
