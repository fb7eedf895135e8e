package example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /orders behind an HTTP API: validates the body and answers 201 with the new order's id, or
 * 400 with a reason.
 */
public class CreateOrder implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([A-Z]-\\d+)\"");
    private static final Pattern QUANTITY = Pattern.compile("\"quantity\"\\s*:\\s*(\\d+)");

    private final String table = System.getenv().getOrDefault("ORDERS_TABLE", "orders");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent request, Context context) {
        String body = request.getBody() == null ? "" : request.getBody();
        Matcher sku = SKU.matcher(body);
        if (!sku.find()) {
            context.getLogger().log("rejected order without a valid sku: " + body);
            return response(400, "{\"message\":\"sku is missing or malformed\"}");
        }
        Matcher quantity = QUANTITY.matcher(body);
        int count = quantity.find() ? Integer.parseInt(quantity.group(1)) : 1;
        String id = UUID.randomUUID().toString();
        System.out.println("storing order " + id + " for " + sku.group(1) + " x" + count + " in " + table);
        return response(201, "{\"orderId\":\"" + id + "\",\"sku\":\"" + sku.group(1) + "\",\"quantity\":" + count + "}");
    }

    private static APIGatewayV2HTTPResponse response(int status, String body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body)
                .build();
    }
}
