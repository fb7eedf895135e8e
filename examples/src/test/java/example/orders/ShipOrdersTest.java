package example.orders;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import dev.lambdaharness.junit.Waits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One runtime for the class: the queue consumer stays warm between tests, as between batches. */
@LambdaTest(template = "template.yaml", function = "ShipOrdersFunction", scope = RuntimeScope.CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShipOrdersTest {

    private static byte[] batch() throws IOException {
        return Files.readAllBytes(Path.of("events/ship-orders.json"));
    }

    @Test
    @Order(1)
    void reportsOnlyTheMessageItCannotShip(LambdaFunction shipOrders) throws IOException {
        InvocationResult result = shipOrders.invoke(batch());

        assertThat(result).succeeded().reportedFailures("2e1424d4-f796-459a-8184-9c92662be6da").wasColdStart();
    }

    @Test
    @Order(2)
    void theNextBatchFindsTheEnvironmentWarm(LambdaFunction shipOrders) throws IOException {
        InvocationResult result = shipOrders.invoke(batch());

        assertThat(result).succeeded().reportedFailures("2e1424d4-f796-459a-8184-9c92662be6da").wasWarmStart();
        assertThat(shipOrders.environments()).hasSize(1);
    }

    @Test
    @Order(3)
    void throughTheTemplatesQueueAnOrderIsShippedAndAMessageItCannotShipComesBack(LambdaRuntime runtime) {
        SqsQueue shipping = runtime.sqsQueues().get("ShippingQueue");
        shipping.send("{\"orderId\":\"ORD-7\"}");
        shipping.send("not an order");

        // The mapping polls as Lambda's would; the message it cannot ship waits out the queue's 60 s visibility timeout.
        Waits.on(runtime).until("the order shipped", () -> shipping.deletedCount() == 1);

        assertThat(shipping).holdsBodies("not an order");
        assertThat(shipping.messages()).singleElement().satisfies(message -> assertThat(message.receiveCount()).isOne());
    }
}
