package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.FunctionOverride;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@LambdaTest(handler = "example.orders.CreateOrder::handleRequest", memory = 512, timeout = 10,
        environment = "ORDERS_TABLE=orders-test")
class CreateOrderTest {

    private static byte[] event(String file) throws IOException {
        return Files.readAllBytes(Path.of("events", file));
    }

    @Test
    void answers201WithTheOrder(LambdaFunction createOrder) throws IOException {
        InvocationResult result = createOrder.invoke(event("create-order.json"));

        JsonNode response = result.payloadAsJson();
        assertThat(result.succeeded()).isTrue();
        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(response.get("body").asText()).contains("\"sku\":\"A-1\",\"quantity\":2");
        assertThat(result.report().coldStart()).isTrue();
    }

    @Test
    void storesTheOrderInTheConfiguredTable(LambdaFunction createOrder, InvocationHistory history) throws IOException {
        createOrder.invoke(event("create-order.json"));

        assertThat(history.logText()).contains("for A-1 x2 in orders-test");
    }

    @Test
    @FunctionOverride(environment = "ORDERS_TABLE=orders-eu")
    void readsTheTableFromItsEnvironment(LambdaFunction createOrder) throws IOException {
        assertThat(createOrder.invoke(event("create-order.json")).logText()).contains("in orders-eu");
    }
}
