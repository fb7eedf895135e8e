package example.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The business rule alone, without Lambda: what a body orders. */
class OrderRequestTest {

    @Test
    void readsTheSkuAndTheQuantityWhichIsOneUnlessGiven() {
        assertThat(OrderRequest.parse("{\"sku\":\"A-1\",\"quantity\":2}")).contains(new OrderRequest("A-1", 2));
        assertThat(OrderRequest.parse("{\"sku\":\"B-22\"}")).contains(new OrderRequest("B-22", 1));
    }

    @Test
    void aBodyWithoutAWellFormedSkuOrdersNothing() {
        assertThat(OrderRequest.parse("{\"quantity\":2}")).isEmpty();
        assertThat(OrderRequest.parse("{\"sku\":\"a1\"}")).isEmpty();
    }
}
