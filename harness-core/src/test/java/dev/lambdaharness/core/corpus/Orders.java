package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;

/** POJO-method handlers: a record input, overloads, a static method, a checked exception. */
public class Orders {

    public record Order(String sku, int quantity) {
    }

    public static class Line {
        private String sku;
        private int quantity;

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
    }

    public String fromRecord(Order order) {
        return order.sku() + " x" + order.quantity();
    }

    public String fromBean(Line line, Context context) {
        return line.getSku() + " x" + line.getQuantity();
    }

    public String overloaded(String input) {
        return "String";
    }

    public String overloaded(String input, Context context) {
        return "String, Context";
    }

    public String overloaded(java.util.Map<String, Object> input) {
        return "Map";
    }

    public static String staticMethod(String input) {
        return "static " + input;
    }

    public String checked(String input) throws java.io.IOException {
        throw new java.io.IOException("checked " + input);
    }

    public void returnsNothing(String input) {
    }

    public String returnsNull(String input) {
        return null;
    }
}
