package example.orders.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer asks for in {@code POST /orders}: a SKU such as {@code A-1} and a quantity (1
 * unless given). Kept apart from the HTTP handler, so the rule is tested without an event.
 *
 * <pre>{@code
 * OrderRequest.parse("{\"sku\":\"A-1\",\"quantity\":2}");   // Optional[OrderRequest[sku=A-1, quantity=2]]
 * }</pre>
 *
 * @param sku the product
 * @param quantity how many
 */
public record OrderRequest(String sku, int quantity) {

    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([A-Z]-\\d+)\"");
    private static final Pattern QUANTITY = Pattern.compile("\"quantity\"\\s*:\\s*(\\d+)");

    /** The order a body asks for; empty when its SKU is missing or malformed. */
    public static Optional<OrderRequest> parse(String body) {
        Matcher sku = SKU.matcher(body);
        if (!sku.find()) {
            return Optional.empty();
        }
        Matcher quantity = QUANTITY.matcher(body);
        return Optional.of(new OrderRequest(sku.group(1), quantity.find() ? Integer.parseInt(quantity.group(1)) : 1));
    }
}
