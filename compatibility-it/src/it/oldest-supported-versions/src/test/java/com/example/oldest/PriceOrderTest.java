package com.example.oldest;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@LambdaTest(handler = "com.example.oldest.PriceOrder::handleRequest")
class PriceOrderTest {

    @Test
    void runsOnTheOldestVersionsTheProjectDeclares() {
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo("5.10.0");
        assertThat(ObjectMapper.class.getPackage().getImplementationVersion()).isEqualTo("2.10.0");
        // AssertJ 3.21's manifest names no version: its jar does.
        assertThat(org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith("/assertj-core-3.21.0.jar");
    }

    @Test
    void takesAndGivesTheProjectsOwnJacksonTrees(LambdaFunction priceOrder) throws Exception {
        JsonNode order = new ObjectMapper().readTree("{\"sku\":\"A-1\",\"quantity\":2}");

        InvocationResult result = priceOrder.invoke(order);

        assertThat(result).succeeded().logs().contain("pricing A-1");
        assertThatJson(result.payloadAsJson()).isEqualTo("{\"sku\":\"A-1\",\"total\":3.0}");
        assertThatJson(result.payloadAsJson()).at("/sku").asText().isEqualTo("A-1");
        assertThat(result.payloadAsJson()).isInstanceOf(JsonNode.class);
    }

    @Test
    void readsEventFixturesAsTheProjectsTrees(@Event(value = "apigateway/http-api-v2", parameters = "body=hello")
            JsonNode request) {
        assertThat(request.get("body").asText()).isEqualTo("hello");
    }

    @ParameterizedTest
    @EventSource(value = {"apigateway/http-api-v2", "apigateway/rest-proxy-request"}, parameters = "body=hi")
    void feedsAParameterizedTestOnJupiter510(JsonNode event) {
        assertThat(event.get("body").asText()).isEqualTo("hi");
    }
}
