package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP API (payload format 2.0) and function URL handler: creates an order, with cookies; on
 * {@code /encoded} the same JSON body base64-encoded.
 */
public class HttpApi implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String body = "{\"id\":\"o-1\",\"sku\":\"A-1\"}";
        boolean encoded = "/encoded".equals(request.getRawPath());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(headers())
                .withCookies(List.of("session=s-2; Secure; HttpOnly", "cart=empty"))
                .withBody(encoded ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body)
                .withIsBase64Encoded(encoded)
                .build();
    }

    /** In a fixed order, so the serialised response is always the same. */
    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/orders/o-1");
        headers.put("content-type", "application/json");
        return headers;
    }
}
