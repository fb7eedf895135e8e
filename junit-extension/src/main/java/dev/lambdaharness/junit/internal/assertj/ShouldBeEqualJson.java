package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import org.assertj.core.error.ErrorMessageFactory;

/** JSON that differs from the expected JSON, or lacks a value. */
public final class ShouldBeEqualJson extends InvocationMessage {

    private ShouldBeEqualJson(Parts parts) {
        super(parts);
    }

    /** {@code Expecting JSON: … to be equal to: … when compared as JSON, but they differ at "/sku": …} */
    public static ErrorMessageFactory shouldBeEqualJson(JsonNode actual, JsonNode expected, String difference) {
        return new ShouldBeEqualJson(message("%nExpecting JSON:%n  ").thenText(actual.toString())
                .then("%nto be equal to:%n  ").thenText(expected.toString())
                .then("%nwhen compared as JSON, but they differ ").thenText(difference));
    }

    /** {@code Expecting JSON: … to have a value at: "/items/0" but it has none.} */
    public static ErrorMessageFactory shouldHaveValueAt(JsonNode actual, String pointer) {
        return new ShouldBeEqualJson(message("%nExpecting JSON:%n  ").thenText(actual.toString())
                .then("%nto have a value at:%n  %s%nbut it has none.", pointer));
    }

    /** {@code Expecting JSON to be a string but it was: …} */
    public static ErrorMessageFactory shouldBeString(JsonNode actual) {
        return new ShouldBeEqualJson(message("%nExpecting JSON to be a string but it was:%n  ")
                .thenText(actual.toString()));
    }
}
