package dev.lambdaharness.core.fronts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Answers with the response its request path names, for the fronts to turn into HTTP. */
public class HttpResponses implements RequestHandler<Map<String, Object>, Object> {

    /** The bytes of the {@code /full} response's body. */
    public static final byte[] BINARY = {0, 1, 2, (byte) 0xff};

    @Override
    public Object handleRequest(Map<String, Object> event, Context context) {
        Object path = event.containsKey("rawPath") ? event.get("rawPath") : event.get("path");
        switch (String.valueOf(path)) {
            case "/full":
                return Map.of("statusCode", 201,
                        "headers", Map.of("x-shop", "a", "content-type", "application/octet-stream"),
                        "cookies", List.of("a=1; Path=/", "b=2"),
                        "body", Base64.getEncoder().encodeToString(BINARY),
                        "isBase64Encoded", true);
            case "/multi":
                return Map.of("statusCode", 200, "headers", Map.of("Content-Type", "text/plain"),
                        "multiValueHeaders", Map.of("Set-Cookie", List.of("a=1", "b=2")), "body", "both");
            case "/cors":
                return Map.of("statusCode", 200, "headers", Map.of("Access-Control-Allow-Origin", "*"), "body", "open");
            case "/string":
                return "hello";
            case "/object":
                return Map.of("ok", true);
            case "/malformed":
                return Map.of("statusCode", "teapot");
            case "/fail":
                throw new IllegalStateException("the function failed");
            case "/sleep":
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slept";
            default:
                return Map.of("statusCode", 200, "body", "path " + path);
        }
    }
}
