package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.FunctionOverride;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@LambdaTest(handler = "example.orders.CreateOrder::handleRequest", memory = 512, timeout = 10,
        environment = "ORDERS_TABLE=orders-test")
class CreateOrderTest {

    @Test
    void answers201WithTheOrder(LambdaFunction createOrder,
                                @Event(value = "apigateway/http-api-v2", parameters = {"method=POST", "path=orders"})
                                APIGatewayV2HTTPEvent request) {
        request.setBody("{\"sku\":\"A-1\",\"quantity\":2}");

        InvocationResult result = createOrder.invoke(request);

        JsonNode response = result.payloadAsJson();
        assertThat(result.succeeded()).isTrue();
        assertThat(response.get("statusCode").asInt()).isEqualTo(201);
        assertThat(response.get("body").asText()).contains("\"sku\":\"A-1\",\"quantity\":2");
        assertThat(result.report().coldStart()).isTrue();
    }

    @Test
    void refusesAnOrderWithoutSku(LambdaFunction createOrder,
                                  @Event(value = "apigateway/http-api-v2", parameters = "body={\"quantity\":2}")
                                  APIGatewayV2HTTPEvent request, InvocationHistory history) {
        InvocationResult result = createOrder.invoke(request);

        assertThat(result.payloadAsJson().get("statusCode").asInt()).isEqualTo(400);
        assertThat(history.logText()).contains("rejected order without a valid sku");
    }

    @ParameterizedTest
    @EventSource(folder = "orders")
    void acceptsEveryRecordedOrder(APIGatewayV2HTTPEvent request, LambdaFunction createOrder) {
        assertThat(createOrder.invoke(request).payloadAsJson().get("statusCode").asInt()).isEqualTo(201);
    }

    @Test
    @FunctionOverride(environment = "ORDERS_TABLE=orders-eu")
    void readsTheTableFromItsEnvironment(LambdaFunction createOrder, InvocationHistory history,
                                         @Event(value = "apigateway/http-api-v2", parameters = "body={\"sku\":\"B-7\"}")
                                         APIGatewayV2HTTPEvent request) {
        createOrder.invoke(request);

        assertThat(history.logText()).contains("for B-7 x1 in orders-eu");
    }
}
