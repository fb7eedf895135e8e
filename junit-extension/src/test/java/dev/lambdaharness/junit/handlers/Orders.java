package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/** Returns an order as a POJO, which the runtime serialises to JSON. */
public class Orders implements RequestHandler<String, Orders.Order> {

    @Override
    public Order handleRequest(String sku, Context context) {
        Order order = new Order();
        order.setSku(sku);
        order.setQuantity(2);
        order.setTags(List.of("new", "gift"));
        return order;
    }

    /** An order, as a bean the runtime's serialiser reads and writes. */
    public static class Order {
        private String sku;
        private int quantity;
        private List<String> tags;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }

        public List<String> getTags() {
            return tags;
        }

        public void setTags(List<String> tags) {
            this.tags = tags;
        }
    }
}
