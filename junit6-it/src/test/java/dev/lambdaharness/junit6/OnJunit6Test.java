package dev.lambdaharness.junit6;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** @LambdaTest as a user writes it, run by Surefire on the JUnit 6 engine. */
@LambdaTest(handler = "dev.lambdaharness.junit6.handlers.Greeter", code = "target/test-classes",
        environment = "GREETING=hi")
class OnJunit6Test {

    @Test
    void runsOnJunit6() {
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith("6.");
    }

    @Test
    void eachTestStartsCold(LambdaFunction greeter, InvocationHistory history) {
        assertThat(greeter.invoke("\"ada\"").payloadAsString()).isEqualTo("\"hi ada #1\"");
        assertThat(greeter.invoke("\"bob\"").payloadAsString()).isEqualTo("\"hi bob #2\"");
        assertThat(history.results()).hasSize(2);
        assertThat(history.logText()).contains("greeting ada", "greeting bob");
    }

    @ParameterizedTest
    @EventSource(value = {"apigateway/http-api-v2", "apigateway/http-api-v2-response"}, parameters = "body=\"ada\"")
    void eventSourceReadsTheDeclaredTypeOnJunit6(JsonNode event, LambdaFunction greeter) {
        assertThat(greeter.invoke(event.get("body").asText()).payloadAsString()).isEqualTo("\"hi ada #1\"");
    }

    @Test
    void eventParameters(@Event(value = "apigateway/http-api-v2", parameters = "body=\"bob\"") APIGatewayV2HTTPEvent request,
            LambdaFunction greeter) {
        assertThat(greeter.invoke(request.getBody()).payloadAsString()).isEqualTo("\"hi bob #1\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "bob"})
    void eachInvocationOfAParameterizedTestStartsCold(String name, LambdaFunction greeter) {
        assertThat(greeter.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"hi " + name + " #1\"");
    }

    @Test
    void waitsForAnAsynchronousEventWithTheAwaitilityInsideTheJar(LambdaFunction greeter, LambdaRuntime runtime,
            InvocationHistory history) {
        greeter.invokeAsync("\"eve\"");

        Waits.on(runtime).untilIdle(greeter);

        assertThat(history.results()).singleElement().satisfies(result -> assertThat(result.payloadAsString())
                .isEqualTo("\"hi eve #1\""));
    }
}
