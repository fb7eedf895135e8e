package example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.orders.domain.OrderRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * POST /orders behind an HTTP API: validates the body and answers 201 with the new order's id, or
 * 400 with a reason.
 */
public class CreateOrder implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final String table = System.getenv().getOrDefault("ORDERS_TABLE", "orders");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String body = request.getBody() == null ? "" : request.getBody();
        Optional<OrderRequest> order = OrderRequest.parse(body);
        if (order.isEmpty()) {
            context.getLogger().log("rejected order without a valid sku: " + body);
            return response(400, "{\"message\":\"sku is missing or malformed\"}");
        }
        String id = UUID.randomUUID().toString();
        String sku = order.get().sku();
        int count = order.get().quantity();
        System.out.println("storing order " + id + " for " + sku + " x" + count + " in " + table);
        return response(201, "{\"orderId\":\"" + id + "\",\"sku\":\"" + sku + "\",\"quantity\":" + count + "}");
    }

    private static APIGatewayV2HTTPResponse response(int status, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body)
                .build();
    }
}
