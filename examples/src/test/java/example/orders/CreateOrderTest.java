package example.orders;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.FunctionOverride;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The function as template.yaml deploys it, with the table the tests use in place of the stage's. */
@LambdaTest(template = "template.yaml", function = "CreateOrderFunction", environment = "ORDERS_TABLE=orders-test")
class CreateOrderTest {

    @Test
    void answers201WithTheOrder(LambdaFunction createOrder,
                                @Event(value = "apigateway/http-api-v2", parameters = {"method=POST", "path=orders"})
                                APIGatewayV2HTTPEvent request) {
        request.setBody("{\"sku\":\"A-1\",\"quantity\":2}");

        InvocationResult result = createOrder.invoke(request);

        assertThat(result).succeeded().hasStatusCode(201).hasHeader("Content-Type", "application/json").wasColdStart();
        assertThat(result).bodyJson().at("/sku").asText().isEqualTo("A-1");
        assertThat(result).bodyJson().at("/quantity").isEqualTo("2");
    }

    @Test
    void refusesAnOrderWithoutSku(LambdaFunction createOrder,
                                  @Event(value = "apigateway/http-api-v2", parameters = "body={\"quantity\":2}")
                                  APIGatewayV2HTTPEvent request) {
        InvocationResult result = createOrder.invoke(request);

        assertThat(result).succeeded().hasStatusCode(400);
        assertThat(result).logs().contain("rejected order without a valid sku");
    }

    @ParameterizedTest
    @EventSource(folder = "orders")
    void acceptsEveryRecordedOrder(APIGatewayV2HTTPEvent request, LambdaFunction createOrder) {
        assertThat(createOrder.invoke(request)).succeeded().hasStatusCode(201);
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
