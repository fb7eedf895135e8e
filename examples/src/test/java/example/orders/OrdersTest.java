package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrdersTest {

    private final LambdaRuntime runtime = LambdaRuntime.create();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void createOrderAnswers201WithTheOrder() throws IOException {
        LambdaFunction createOrder = runtime.function(
                FunctionConfig.builder("example.orders.CreateOrder::handleRequest").memorySize(512).timeout(10)
                        .environment("ORDERS_TABLE", "orders-test").build(),
                FunctionCode.fromTestClasspath());

        InvocationResult result = createOrder.invoke(Files.readAllBytes(Path.of("events/create-order.json")));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.payloadAsJson().get("statusCode").asInt()).isEqualTo(201);
        assertThat(result.payloadAsJson().get("body").asText()).contains("\"sku\":\"A-1\",\"quantity\":2");
        assertThat(result.logText()).contains("in orders-test");
        assertThat(result.report().coldStart()).isTrue();
    }

    @Test
    void shipOrdersReportsOnlyTheMessageItCannotShip() throws IOException {
        LambdaFunction shipOrders = runtime.function(
                FunctionConfig.builder("example.orders.ShipOrders").build(), FunctionCode.fromTestClasspath());

        InvocationResult result = shipOrders.invoke(Files.readAllBytes(Path.of("events/ship-orders.json")));

        assertThat(result.payloadAsString())
                .isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"2e1424d4-f796-459a-8184-9c92662be6da\"}]}");
    }
}
