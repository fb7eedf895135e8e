package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThatJson;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.junit.handlers.Orders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JsonNodeAssert_at_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static JsonNode order;

    @BeforeAll
    static void invoke() {
        order = lambda.invoke(Orders.class, "\"A-1\"").payloadAsJson();
    }

    @Test
    void should_navigate_by_json_pointer() {
        // WHEN/THEN
        assertThatJson(order).at("/sku").asText().isEqualTo("A-1");
        assertThatJson(order).at("/quantity").isEqualTo("2");
        assertThatJson(order).at("/tags/1").isEqualTo("\"gift\"");
    }

    @Test
    void should_fail_when_there_is_no_value_at_the_pointer() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThatJson(order).at("/tags/2"))
                .withMessage(format("%nExpecting JSON:%n"
                        + "  {\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"]}%n"
                        + "to have a value at:%n"
                        + "  \"/tags/2\"%n"
                        + "but it has none."));
    }

    @Test
    void should_fail_to_read_text_from_a_value_that_is_not_a_string() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThatJson(order).at("/tags").asText())
                .withMessage(format("%nExpecting JSON to be a string but it was:%n"
                        + "  [\"new\",\"gift\"]"));
    }
}
