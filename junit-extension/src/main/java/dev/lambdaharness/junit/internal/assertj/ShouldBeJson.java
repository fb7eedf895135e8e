package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** Text that should be JSON is not. */
public final class ShouldBeJson extends InvocationMessage {

    private ShouldBeJson(Parts parts) {
        super(parts);
    }

    /**
     * {@code Expecting invocation payload to be JSON but it is not (…): "…"}
     *
     * @param subject what the text is, such as {@code invocation payload} or {@code response body}
     */
    public static ErrorMessageFactory shouldBeJson(String subject, String actual) {
        return new ShouldBeJson(message("%nExpecting ").thenText(subject).then(" to be JSON but it is not (")
                .thenText(Json.problemWith(actual)).then("):%n  %s", actual));
    }
}
