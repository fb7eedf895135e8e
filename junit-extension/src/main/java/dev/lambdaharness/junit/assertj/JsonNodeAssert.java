package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldBeEqualJson.shouldBeEqualJson;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeEqualJson.shouldBeString;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeEqualJson.shouldHaveValueAt;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.junit.internal.assertj.ComparisonFailure;
import dev.lambdaharness.junit.internal.assertj.Json;
import dev.lambdaharness.junit.internal.assertj.JsonComparison;
import dev.lambdaharness.junit.internal.assertj.Navigation;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.StringAssert;

/**
 * Assertions on JSON: a payload, a response body, or any Jackson tree. Equality is semantic:
 * object members in any order, array elements in order, numbers by value.
 *
 * <pre>{@code
 * assertThat(result).payloadJson().isEqualTo("{\"quantity\":2,\"sku\":\"A-1\"}");
 * assertThat(result).bodyJson().at("/items/0/sku").asText().isEqualTo("A-1");
 * }</pre>
 */
public class JsonNodeAssert extends AbstractAssert<JsonNodeAssert, JsonNode> {

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the JSON under test
     */
    public JsonNodeAssert(JsonNode actual) {
        super(actual, JsonNodeAssert.class);
    }

    /**
     * Verifies that the JSON equals this JSON text: object members in any order, array elements in
     * order, numbers by value ({@code 2} equals {@code 2.0}). A failure names the first difference.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public JsonNodeAssert isEqualTo(String json) {
        requireNonNull(json, "json");
        var expected = Json.expected(json);
        isNotNull();
        var tree = Json.fromUser(actual);
        Optional<String> difference = JsonComparison.firstDifference(tree, expected);
        if (difference.isPresent()) {
            throw ComparisonFailure.of(info, shouldBeEqualJson(tree, expected, difference.get()), Json.pretty(tree),
                    Json.pretty(expected), this::isElementOfCustomAssert);
        }
        return myself;
    }

    /**
     * Verifies that the JSON has a value at this JSON Pointer (RFC 6901, such as
     * {@code /items/0/sku}), then asserts on that value.
     */
    public JsonNodeAssert at(String pointer) {
        requireNonNull(pointer, "pointer");
        isNotNull();
        JsonNode value = actual.at(pointer);
        if (value.isMissingNode()) {
            throw assertionError(shouldHaveValueAt(Json.fromUser(actual), pointer));
        }
        return extractingForProxy(new JsonNodeAssert(value));
    }

    /** Verifies that the JSON is a string, then asserts on its text. */
    public AbstractStringAssert<?> asText() {
        isNotNull();
        if (!actual.isTextual()) {
            throw assertionError(shouldBeString(Json.fromUser(actual)));
        }
        return extractingForProxy(new StringAssert(actual.textValue()));
    }

    /** Hands a navigation's assertion through, so that soft assertions proxy it; see {@link InvocationResultAssert}. */
    protected <A extends AbstractAssert<?, ?>> A extractingForProxy(A navigation) {
        return Navigation.from(info, navigation);
    }
}
