package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import org.junit.jupiter.api.Test;

/** The memory check, which only forked environments can make: each child JVM's Max Memory Used against its size. */
class ContractChecksIT {

    private static final String FIXTURES = "dev.lambdaharness.conformance.fixtures.contract.";
    private static final FunctionCode CODE = FunctionCode.fromPaths(FixtureCode.testClassesAndLibraries());

    @Test
    void forkedTheMemoryCheckPassesWithinTheSizeAndFailsAboveIt() {
        ConformanceReport report = ConformanceSuite.builder().rules(false).isolation(Isolation.FORKED)
                .function(ConformanceFunction.builder("receipts", FunctionConfig.builder(FIXTURES + "Receipts").memorySize(512), CODE)
                        .event("sqs/receive-message").ignoring("/receiptId").build())
                .function(ConformanceFunction.builder("hog", FunctionConfig.builder(FIXTURES + "Hog").memorySize(128), CODE)
                        .event("sqs/receive-message").build())
                .build()
                .run();

        CheckResult within = report.result("receipts", "memory-within-size").orElseThrow();
        assertThat(within.outcome()).as(within.message()).isEqualTo(Outcome.PASSED);
        assertThat(within.message()).matches("receipts used at most \\d+ MB \\(Max Memory Used\\) of its 512 MB");
        CheckResult above = report.result("hog", "memory-within-size").orElseThrow();
        assertThat(above.outcome()).as(above.message()).isEqualTo(Outcome.FAILED);
        assertThat(above.message()).isEqualTo("hog used more than its 128 MB on event sqs/receive-message (cold): use less, or"
                + " raise the memory size");
        assertThat(report.result("hog", "no-threads-left").orElseThrow().message()).isEqualTo("a forked environment's threads"
                + " live in its child JVM: run the suite in-process to check threads left running");
    }
}
