package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Echo;
import dev.lambdaharness.junit.handlers.Greets;
import dev.lambdaharness.junit.handlers.KinesisBatch;
import dev.lambdaharness.junit.handlers.SqsBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvocationResultAssert_reportedFailures_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    private static final String SQS_BATCH = "{\"Records\":["
            + "{\"messageId\":\"m-1\",\"body\":\"ok\"},"
            + "{\"messageId\":\"m-2\",\"body\":\"poison\"},"
            + "{\"messageId\":\"m-3\",\"body\":\"poison\"}]}";

    @Test
    void should_pass_for_exactly_the_failed_sqs_messages_in_any_order() {
        // GIVEN
        InvocationResult result = lambda.invoke(SqsBatch.class, SQS_BATCH);
        // WHEN/THEN
        assertThat(result).reportedFailures("m-3", "m-2");
    }

    @Test
    void should_pass_for_the_failed_kinesis_records_by_sequence_number() {
        // GIVEN records whose data is base64 of "poison" and of "fine"
        InvocationResult result = lambda.invoke(KinesisBatch.class, "{\"Records\":["
                + "{\"kinesis\":{\"sequenceNumber\":\"4951\",\"data\":\"cG9pc29u\"}},"
                + "{\"kinesis\":{\"sequenceNumber\":\"4952\",\"data\":\"ZmluZQ==\"}}]}");
        // WHEN/THEN
        assertThat(result).reportedFailures("4951");
    }

    @Test
    void should_pass_for_no_failures_when_every_message_was_processed() {
        // GIVEN
        InvocationResult result = lambda.invoke(SqsBatch.class, "{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"ok\"}]}");
        // WHEN/THEN
        assertThat(result).reportedNoFailures().reportedFailures();
    }

    @Test
    void should_pass_for_no_failures_when_the_response_is_null_or_empty() {
        // WHEN/THEN Lambda counts these responses as a fully processed batch
        assertThat(lambda.invoke(Echo.class, "null")).reportedNoFailures();
        assertThat(lambda.invoke(Echo.class, "{}")).reportedNoFailures();
        assertThat(lambda.invoke(Echo.class, "{\"batchItemFailures\":null}")).reportedNoFailures();
    }

    @Test
    void should_fail_naming_the_items_not_reported_and_not_expected() {
        // GIVEN
        InvocationResult result = lambda.invoke(SqsBatch.class, SQS_BATCH);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).reportedFailures("m-1", "m-2"))
                .withMessage(format("%nExpecting batch response to report exactly these failed items (in any order):%n"
                        + "  [\"m-1\", \"m-2\"]%n"
                        + "but it reported:%n"
                        + "  [\"m-2\", \"m-3\"]%n"
                        + "not reported:%n"
                        + "  [\"m-1\"]%n"
                        + "not expected:%n"
                        + "  [\"m-3\"]"));
    }

    @Test
    void should_fail_when_failures_were_reported_but_none_expected() {
        // GIVEN
        InvocationResult result = lambda.invoke(SqsBatch.class, SQS_BATCH);
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).reportedNoFailures())
                .withMessage(format("%nExpecting batch response to report no failures but it reported:%n"
                        + "  [\"m-2\", \"m-3\"]"));
    }

    @Test
    void should_fail_when_an_item_has_an_empty_identifier() {
        // GIVEN
        InvocationResult result = lambda.invoke(Echo.class,
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"},{\"itemIdentifier\":\"\"}]}");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).reportedFailures("m-1"))
                .withMessage(format("%nExpecting invocation to have returned a valid batch response but"
                        + " batchItemFailures[1] has no itemIdentifier:%n"
                        + "  \"{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"},{\"itemIdentifier\":\"\"}]}\"%n"
                        + "Lambda fails the whole batch when an itemIdentifier is null or empty."));
    }

    @Test
    void should_fail_when_the_payload_is_not_a_batch_response() {
        // GIVEN
        InvocationResult result = lambda.invoke(Greets.class, "\"world\"");
        // WHEN/THEN
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(result).reportedNoFailures())
                .withMessage(format("%nExpecting invocation to have returned a batch response but it returned:%n"
                        + "  \"\"hello world\"\"%n"
                        + "Lambda reads partial batch failures from"
                        + " {\"batchItemFailures\":[{\"itemIdentifier\":\"<id>\"}]}; a null response, an empty object"
                        + " and an empty list report none."));
    }
}
