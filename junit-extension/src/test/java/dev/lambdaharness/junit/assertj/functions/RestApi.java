package dev.lambdaharness.junit.assertj.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
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
                .withMultiValueHeaders(Map.of("Set-Cookie", List.of("session=s-1; Path=/; HttpOnly", "theme=dark"),
                        "Vary", List.of("Accept", "Accept-Encoding")))
                .withBody("{\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"]}");
    }
}
