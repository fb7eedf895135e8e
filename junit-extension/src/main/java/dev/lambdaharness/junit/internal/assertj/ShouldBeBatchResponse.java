package dev.lambdaharness.junit.internal.assertj;

import org.assertj.core.error.ErrorMessageFactory;

/** A payload that should be a partial batch response is not one Lambda accepts. */
public final class ShouldBeBatchResponse extends InvocationMessage {

    private ShouldBeBatchResponse(Parts parts) {
        super(parts);
    }

    /** {@code Expecting invocation to have returned a batch response but it returned: …} */
    public static ErrorMessageFactory shouldBeBatchResponse(String payload) {
        return new ShouldBeBatchResponse(message("%nExpecting invocation to have returned a batch response but it"
                + " returned:%n  %s%nLambda reads partial batch failures from"
                + " {\"batchItemFailures\":[{\"itemIdentifier\":\"<id>\"}]}; a null response, an empty object"
                + " and an empty list report none.", payload));
    }

    /** {@code Expecting invocation to have returned a valid batch response but batchItemFailures[1] has no itemIdentifier: …} */
    public static ErrorMessageFactory shouldHaveItemIdentifier(String item, String payload) {
        return new ShouldBeBatchResponse(message("%nExpecting invocation to have returned a valid batch response but ")
                .thenText(item).then(" has no itemIdentifier:%n  %s%nLambda fails the whole batch when an"
                        + " itemIdentifier is null or empty.", payload));
    }
}
