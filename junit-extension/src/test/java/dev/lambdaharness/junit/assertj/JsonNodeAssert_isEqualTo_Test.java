package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThatJson;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.junit.handlers.Orders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

class JsonNodeAssert_isEqualTo_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    /** {"sku":"A-1","quantity":2,"tags":["new","gift"]}, as the runtime serialised the handler's order. */
    private static JsonNode order;

    @BeforeAll
    static void invoke() {
        order = lambda.invoke(Orders.class, "\"A-1\"").payloadAsJson();
    }

    @Test
    void should_pass_with_members_in_any_order_and_numbers_by_value() {
        // WHEN/THEN
        assertThatJson(order).isEqualTo("{ \"tags\": [\"new\", \"gift\"], \"quantity\": 2.00, \"sku\": \"A-1\" }");
    }

    @Test
    void should_fail_at_a_different_array_element_with_both_documents_for_an_ide_to_compare() {
        // WHEN/THEN
        // (caught rather than chained to satisfies(), whose signature changed in later AssertJ: compiled against
        // the oldest AssertJ, these tests also run on the newest)
        AssertionFailedError e = catchThrowableOfType(() -> assertThatJson(order).isEqualTo("{\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"gift\",\"new\"]}"), AssertionFailedError.class);
        assertThat(e).hasMessage(format("%nExpecting JSON:%n"
                        + "  {\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"]}%n"
                        + "to be equal to:%n"
                        + "  {\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"gift\",\"new\"]}%n"
                        + "when compared as JSON, but they differ at \"/tags/0\": expected \"gift\" but was \"new\""));
        assertThat(e.getExpected().getStringRepresentation()).contains("\"gift\", \"new\"");
    }

    @Test
    void should_fail_at_a_missing_member() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatJson(order).isEqualTo("{\"sku\":\"A-1\",\"quantity\":2,\"tags\":[\"new\",\"gift\"],\"id\":7}"))
                .withMessageEndingWith("when compared as JSON, but they differ at \"/id\": expected 7 but there is no such member");
    }

    @Test
    void should_fail_at_an_unexpected_member() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatJson(order).isEqualTo("{\"sku\":\"A-1\",\"tags\":[\"new\",\"gift\"]}"))
                .withMessageEndingWith("when compared as JSON, but they differ at \"/quantity\": expected no such member but was 2");
    }

    @Test
    void should_fail_at_an_array_of_another_length() {
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThatJson(order).at("/tags").isEqualTo("[\"new\"]"))
                .withMessage(format("%nExpecting JSON:%n"
                        + "  [\"new\",\"gift\"]%n"
                        + "to be equal to:%n"
                        + "  [\"new\"]%n"
                        + "when compared as JSON, but they differ at the root: expected 1 element but was 2"));
    }

    @Test
    void should_refuse_an_expectation_that_is_not_json() {
        // WHEN/THEN
        assertThatIllegalArgumentException().isThrownBy(() -> assertThatJson(order).isEqualTo("{sku: A-1}"))
                .withMessageStartingWith("The expected JSON is not JSON (Unexpected character ('s' (code 115)):")
                .withMessageEndingWith("{sku: A-1}. Write it as JSON text, for example \"{\\\"sku\\\":\\\"A-1\\\"}\".");
    }
}
