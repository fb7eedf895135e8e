package dev.lambdaharness.junit.assertj;

import static java.lang.String.format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.handlers.Orders;
import dev.lambdaharness.junit.handlers.RestApi;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

class LambdaSoftAssertions_Test {

    @RegisterExtension
    static final RealInvocations lambda = new RealInvocations();

    /** A REST API response: 404 with a text body. */
    private static InvocationResult notFound;
    /** {"sku":"A-1","quantity":2,"tags":["new","gift"]} */
    private static InvocationResult order;

    @BeforeAll
    static void invoke() {
        notFound = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
        order = lambda.invoke(Orders.class, "\"A-1\"");
    }

    @Test
    void should_collect_every_failure_including_those_after_a_navigation() {
        // GIVEN
        LambdaSoftAssertions softly = new LambdaSoftAssertions();
        // WHEN
        softly.assertThat(notFound).succeeded().hasStatusCode(200).hasHeader("Cache-Control");
        softly.assertThat(notFound).logs().contain("order shipped").fromPlatform().haveSize(3);
        softly.assertThat(notFound).report().wasWarmStart();
        softly.assertThat(order).payloadJson().at("/sku").asText().isEqualTo("B-2");
        softly.assertThat(order.requestId()).isEmpty();
        // THEN
        // AssertJ ends each collected message with the line of the soft assertion, "at LambdaSoftAssertions_Test…"
        // (twice in some versions, so the pattern takes one or more).
        assertThat(softly.errorsCollected()).extracting(e -> e.getMessage()
                        .replaceFirst("(\\Rat LambdaSoftAssertions_Test\\.[^\\r\\n]*)+$", ""))
                .containsExactly(
                format("%nExpecting response to have statusCode:%n  200%nbut it had:%n  404%nand body:%n"
                        + "  \"no order at /orders/Z-9\""),
                format("%nExpecting response to have header:%n  Cache-Control%nbut its headers were:%n"
                        + "  Content-Type: text/plain"),
                format("%nExpecting invocation logs to contain:%n  \"order shipped\"%nbut no log event does.%n"
                        + "Logs:%n%s", Logs.indented(notFound)),
                format("%nExpecting invocation logs to have size:%n  3%nbut it was:%n  4%nLogs:%n  %s%n"
                        + "  START RequestId: %s Version: $LATEST%n  END RequestId: %s%n  %s",
                        Logs.line(notFound, "INIT_START"), notFound.requestId(), notFound.requestId(),
                        Logs.line(notFound, "REPORT")),
                format("%nExpecting invocation to have been a warm start but it was a cold start: it started a new"
                        + " environment and ran INIT first."),
                format("%nexpected: \"B-2\"%n but was: \"A-1\""),
                format("%nExpecting empty but was: \"%s\"", order.requestId()));
    }

    @Test
    void should_pass_when_every_soft_assertion_holds() {
        // WHEN/THEN
        LambdaSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(notFound).hasStatusCode(404).hasHeader("Content-Type", "text/plain");
            softly.assertThat(order).payloadJson().at("/quantity").isEqualTo("2");
            softly.assertThat(order.report()).wasColdStart();
        });
    }

    @Test
    void should_report_the_collected_failures_together() {
        // WHEN/THEN
        // (caught rather than chained to satisfies(), whose signature changed in later AssertJ: compiled against
        // the oldest AssertJ, these tests also run on the newest)
        AssertJMultipleFailuresError error = catchThrowableOfType(() -> LambdaSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(notFound).hasStatusCode(200);
            softly.assertThat(order).payloadJson().at("/sku").asText().isEqualTo("B-2");
        }), AssertJMultipleFailuresError.class);
        assertThat(error).isNotNull();
        assertThat(error.getFailures()).hasSize(2);
    }

    @Test
    void should_mix_into_a_soft_assertions_class_of_ones_own() {
        // GIVEN
        MySoftAssertions softly = new MySoftAssertions();
        // WHEN
        softly.assertThat(notFound).hasStatusCode(201);
        softly.assertThat(404).isEqualTo(201);
        // THEN
        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void should_be_injected_by_assertjs_junit_extension_and_fail_the_test_with_every_failure() {
        // WHEN
        var events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SoftAssertionsExtensionTestCase.class))
                .configurationParameter(OnlyThroughEngineTestKit.PARAMETER, "true")
                .execute().testEvents();
        // THEN
        events.assertStatistics(stats -> stats.started(1).failed(1));
        events.assertThatEvents().haveExactly(1, event(test("injected"),
                finishedWithFailure(instanceOf(AssertJMultipleFailuresError.class))));
        assertThat(events.failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow())
                .isInstanceOfSatisfying(AssertJMultipleFailuresError.class, e -> assertThat(e.getFailures()).hasSize(2));
    }

    /** A user's own soft assertions: AssertJ's standard ones with the Lambda ones mixed in. */
    public static class MySoftAssertions extends SoftAssertions implements LambdaSoftAssertionsProvider {
    }

    /** Run only through the engine above: its one test fails on purpose. */
    @ExtendWith({OnlyThroughEngineTestKit.class, SoftAssertionsExtension.class})
    static class SoftAssertionsExtensionTestCase {

        @RegisterExtension
        static final RealInvocations lambda = new RealInvocations();

        @Test
        void injected(LambdaSoftAssertions softly) {
            InvocationResult result = lambda.invoke(RestApi.class, HttpRequests.REST_MISSING);
            softly.assertThat(result).hasStatusCode(200);
            softly.assertThat(result).logs().contain("order shipped");
        }
    }
}
