package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A destination's invocation record or a dead-letter message differs from what was expected. */
public final class ShouldHaveRecordField extends InvocationMessage {

    private ShouldHaveRecordField(Parts parts) {
        super(parts);
    }

    /** {@code Expecting record to have condition "RetriesExhausted" but it had "EventAgeExceeded".} followed by the record. */
    public static ErrorMessageFactory shouldHave(String field, Object expected, Object actual, String body) {
        return new ShouldHaveRecordField(message("%nExpecting record to have " + field + " %s but it had %s.%nRecord:%n  ",
                expected, actual).thenText(body));
    }
}
