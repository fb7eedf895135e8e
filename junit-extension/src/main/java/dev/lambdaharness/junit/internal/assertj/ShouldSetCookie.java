package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** An HTTP response does not set a cookie. */
public final class ShouldSetCookie extends InvocationMessage {

    private ShouldSetCookie(Parts parts) {
        super(parts);
    }

    /**
     * {@code Expecting response to set cookie: session=s-1 but the cookies it set were: …}
     *
     * @param expected {@code name} or {@code name=value}
     * @param cookieLines the cookies the response sets, one indented a line
     */
    public static ErrorMessageFactory shouldSetCookie(String expected, String cookieLines) {
        return new ShouldSetCookie(message("%nExpecting response to set cookie:%n  ").thenText(expected)
                .then("%nbut the cookies it set were:%n").thenText(cookieLines));
    }
}
