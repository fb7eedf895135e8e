package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An HTTP response lacks a header. */
public final class ShouldHaveHeader extends InvocationMessage {

    private ShouldHaveHeader(Parts parts) {
        super(parts);
    }

    /**
     * {@code Expecting response to have header: Content-Type: application/json but its headers were: …}
     *
     * @param expected {@code Name} or {@code Name: value}
     * @param headerLines the response's headers, one indented {@code Name: value} a line
     */
    public static ErrorMessageFactory shouldHaveHeader(String expected, String headerLines) {
        return new ShouldHaveHeader(message("%nExpecting response to have header:%n  ").thenText(expected)
                .then("%nbut its headers were:%n").thenText(headerLines));
    }
}
