package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A payload the runtime's serialiser cannot read as the expected type. */
public final class ShouldBeReadableAs extends InvocationMessage {

    private ShouldBeReadableAs(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation payload to be readable as: com.example.Order but it is not (…): "…"} */
    public static ErrorMessageFactory shouldBeReadableAs(Class<?> type, String actual, String problem) {
        return new ShouldBeReadableAs(message("%nExpecting invocation payload to be readable as:%n  ")
                .thenText(type.getName()).then("%nbut it is not (").thenText(problem).then("):%n  %s", actual));
    }
}
