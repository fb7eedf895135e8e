package dev.lambdaharness.junitversions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.InvocationHistory;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** @LambdaTest as a user writes it, run by the module's Surefire on the module's Jupiter line. */
@LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Greeter", code = "target/test-classes")
class OnThisJupiterTest {

    @Test
    void runsOnTheJupiterTheModuleDeclares() {
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(Lines.expected());
        assertThat(ParameterizedTest.class.getPackage().getImplementationVersion()).isEqualTo(Lines.expected());
    }

    @Test
    void eachTestStartsCold(LambdaFunction greeter, InvocationHistory history) {
        assertThat(greeter.invoke("\"ada\"").payloadAsString()).isEqualTo("\"hello ada #1\"");
        assertThat(greeter.invoke("\"bob\"").payloadAsString()).isEqualTo("\"hello bob #2\"");
        assertThat(history.logText()).contains("greeting ada", "greeting bob");
    }

    @Test
    void eventParameters(@Event(value = "apigateway/http-api-v2", parameters = "body=\"bob\"") JsonNode request,
            LambdaFunction greeter) {
        assertThat(greeter.invoke(request.get("body").asText()).payloadAsString()).isEqualTo("\"hello bob #1\"");
    }

    @ParameterizedTest
    @EventSource(value = {"apigateway/http-api-v2", "apigateway/http-api-v2-response"}, parameters = "body=\"ada\"")
    void eventSourceFeedsEachFixtureNamedByItsId(JsonNode event, LambdaFunction greeter, TestInfo info) {
        assertThat(greeter.invoke(event.get("body").asText()).payloadAsString()).isEqualTo("\"hello ada #1\"");
        // 5.11 added argument sets, named by the set alone; 5.10 shows a named argument as name=value.
        assertThat(info.getDisplayName()).matches(Lines.atLeast(5, 11)
                ? "\\[\\d] apigateway/http-api-v2(-response)?" : "\\[\\d] event=apigateway/http-api-v2(-response)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "bob"})
    void eachInvocationOfAParameterizedTestStartsCold(String name, LambdaFunction greeter) {
        assertThat(greeter.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"hello " + name + " #1\"");
    }
}
