package dev.lambdaharness.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.RecursiveInvocationException;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.TracingMode;
import org.junit.jupiter.api.Test;

class TraceLineageTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:loop";
    private static final String ROOT = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    @Test
    void theFirstInvocationOfAChainCountsOneOnTheCallersHeader() {
        String hash = TraceLineage.hashOf(ARN);

        assertThat(TraceLineage.next(ROOT, ARN, RuntimeClock.system(), TracingMode.PASS_THROUGH))
                .hasValue(ROOT + ";Lineage=" + hash + ":1");
    }

    @Test
    void aHeaderlessInvocationGetsANewRootWithItsCount() {
        String header = TraceLineage.next(null, ARN, RuntimeClock.system(), TracingMode.ACTIVE).orElseThrow();

        assertThat(header).matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1;Lineage="
                + TraceLineage.hashOf(ARN) + ":1");
    }

    @Test
    void eachInvocationCountsOneMoreAndOtherFunctionsKeepTheirs() {
        String hash = TraceLineage.hashOf(ARN);
        String header = ROOT + ";Lineage=0badf00d:3|" + hash + ":7";

        assertThat(TraceLineage.next(header, ARN, RuntimeClock.system(), TracingMode.PASS_THROUGH))
                .hasValue(ROOT + ";Lineage=0badf00d:3|" + hash + ":8");
    }

    @Test
    void theInvocationAfterTheSixteenthIsStopped() {
        String hash = TraceLineage.hashOf(ARN);
        String fifteen = ROOT + ";Lineage=" + hash + ":" + (RecursiveInvocationException.MAX_INVOCATIONS - 1);
        String sixteen = ROOT + ";Lineage=" + hash + ":" + RecursiveInvocationException.MAX_INVOCATIONS;

        assertThat(TraceLineage.next(fifteen, ARN, RuntimeClock.system(), TracingMode.PASS_THROUGH)).isPresent();
        assertThat(TraceLineage.next(sixteen, ARN, RuntimeClock.system(), TracingMode.PASS_THROUGH)).isEmpty();
    }

    @Test
    void entriesWithALeadingFieldAreReadToo() {
        String hash = TraceLineage.hashOf(ARN);

        assertThat(TraceLineage.count(ROOT + ";Lineage=1:" + hash + ":5", hash)).isEqualTo(5);
        assertThat(TraceLineage.count(ROOT + ";Lineage=1:" + hash + ":x", hash)).isZero();
        assertThat(TraceLineage.count(ROOT, hash)).isZero();
        assertThat(TraceLineage.hashOf(ARN)).matches("[0-9a-f]{8}").isNotEqualTo(TraceLineage.hashOf(ARN + "2"));
    }
}
