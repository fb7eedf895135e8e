package dev.lambdaharness.events.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a payload tree with an expected JSON document: the same keys in the same order, the
 * same array lengths, the same values; an expected string {@code "re:<regex>"} matches any value
 * whose text the regex matches in full, for the generated ids a test checks separately.
 */
final class JsonMatch {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonMatch() {
    }

    static void assertMatches(JsonNode actual, String expectedJson) {
        JsonNode expected;
        try {
            expected = MAPPER.readTree(expectedJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected JSON does not parse", e);
        }
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, problems);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nactual: " + actual.toPrettyString());
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (actual == null) {
            problems.add(path + ": missing");
        } else if (expected.isTextual() && expected.asText().startsWith("re:")) {
            String regex = expected.asText().substring(3);
            if (!actual.isValueNode() || actual.isNull() || !actual.asText().matches(regex)) {
                problems.add(path + ": " + actual + " does not match " + regex);
            }
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, was " + actual);
                return;
            }
            List<String> expectedKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedKeys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            if (!expectedKeys.equals(actualKeys)) {
                problems.add(path + ": keys " + actualKeys + ", expected " + expectedKeys);
            }
            expectedKeys.forEach(key -> compare(path + "." + key, expected.get(key), actual.get(key), problems));
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected " + expected.size() + " elements, was " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || !actual.toString().equals(expected.toString())) {
                problems.add(path + ": " + actual + ", expected the number " + expected);
            }
        } else if (!expected.equals(actual)) {
            problems.add(path + ": " + actual + ", expected " + expected);
        }
    }

    /** @return the payload's tree with decimals as written, not as doubles */
    static JsonNode tree(dev.lambdaharness.events.EventPayload payload) {
        return TypedRoundTrip.tree(payload.asBytes());
    }

    /** @return the text of {@code field} in every element of {@code array} */
    static List<String> texts(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.at(pointer).asText()));
        return out;
    }

    static void assertUnique(List<String> values) {
        assertThat(values).doesNotHaveDuplicates().doesNotContainNull();
    }
}
