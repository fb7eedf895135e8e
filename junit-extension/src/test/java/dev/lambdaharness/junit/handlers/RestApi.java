package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An API Gateway REST API (payload format 1.0) handler: 404 for unknown paths, an order as JSON otherwise. */
public class RestApi implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        if (!"/orders/A-1".equals(request.getPath())) {
            return new APIGatewayProxyResponseEvent().withStatusCode(404)
                    .withHeaders(Map.of("Content-Type", "text/plain"))
                    .withBody("no order at " + request.getPath());
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withMultiValueHeaders(multiValueHeaders())
                .withBody("{\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"]}");
    }

    /** In a fixed order, so the serialised response is always the same. */
    private static Map<String, List<String>> multiValueHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Set-Cookie", List.of("session=s-1; Path=/; HttpOnly", "theme=dark"));
        headers.put("Vary", List.of("Accept", "Accept-Encoding"));
        return headers;
    }
}
