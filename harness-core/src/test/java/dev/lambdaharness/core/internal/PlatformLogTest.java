package dev.lambdaharness.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Golden strings of the platform's lines, in Lambda's text and JSON formats. */
class PlatformLogTest {

    private static final Instant TIME = Instant.parse("2026-11-22T07:30:00.123Z");
    private static final String ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";

    private final PlatformLog text = new PlatformLog(FunctionConfig.builder("a.B").functionName("orders")
            .memorySize(512).build());
    private final PlatformLog json = new PlatformLog(FunctionConfig.builder("a.B").functionName("orders")
            .memorySize(512).logFormat(LogFormat.JSON).build());

    private static InvocationReport report(Double init, InvocationStatus status, String errorType) {
        return new InvocationReport(ID, 51.634, PlatformLog.billedDurationMs(51.634, init), 512, OptionalInt.empty(),
                Optional.ofNullable(init), init != null, status, Optional.ofNullable(errorType));
    }

    @Test
    void startAndEndLines() {
        assertThat(text.start(TIME, ID)).containsExactly("START RequestId: " + ID + " Version: $LATEST");
        assertThat(text.end(TIME, report(null, InvocationStatus.SUCCESS, null))).containsExactly("END RequestId: " + ID);
    }

    @Test
    void reportOfAColdStartBillsInitToo() {
        assertThat(text.report(TIME, report(336.234, InvocationStatus.SUCCESS, null))).containsExactly("REPORT RequestId: " + ID
                + "\tDuration: 51.63 ms\tBilled Duration: 389 ms\tMemory Size: 512 MB\tInit Duration: 336.23 ms\t");
    }

    @Test
    void reportOfAWarmInvocationRoundsUpToTheMillisecond() {
        assertThat(text.report(TIME, report(null, InvocationStatus.SUCCESS, null))).containsExactly("REPORT RequestId: " + ID
                + "\tDuration: 51.63 ms\tBilled Duration: 52 ms\tMemory Size: 512 MB\t");
    }

    @Test
    void reportOfATimeoutAndOfAnExit() {
        assertThat(text.report(TIME, report(null, InvocationStatus.TIMEOUT, null))).containsExactly("REPORT RequestId: " + ID
                + "\tDuration: 51.63 ms\tBilled Duration: 52 ms\tMemory Size: 512 MB\tStatus: timeout\t");
        assertThat(text.report(TIME, report(null, InvocationStatus.ERROR, "Runtime.ExitError"))).containsExactly("REPORT RequestId: "
                + ID + "\tDuration: 51.63 ms\tBilled Duration: 52 ms\tMemory Size: 512 MB\tStatus: error"
                + "\tError Type: Runtime.ExitError\t");
    }

    @Test
    void initReportOfAFailedInit() {
        assertThat(text.initReport(TIME, 10.171, InitPhase.INIT, InvocationStatus.ERROR, "Runtime.BadFunctionCode")).containsExactly(
                "INIT_REPORT Init Duration: 10.17 ms\tPhase: init\tStatus: error\tError Type: Runtime.BadFunctionCode");
    }

    @Test
    void initStartNamesAStableRuntimeVersion() {
        assertThat(text.initStart(TIME)).singleElement().asString()
                .matches("INIT_START Runtime Version: java:\\d+\\.vLH1\tRuntime Version ARN: "
                        + "arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}");
    }

    @Test
    void initStartSaysWhichJavaRanWhenItIsNotTheRuntimes() {
        FunctionConfig java21 = FunctionConfig.builder("a.B").runtime(JavaRuntime.JAVA21).build();

        assertThat(new PlatformLog(java21, "", 25).initStart(TIME)).singleElement().asString()
                .startsWith("INIT_START Runtime Version: java:21.vLH1-on-java25\tRuntime Version ARN: ");
        assertThat(new PlatformLog(java21, "-harness-client", 25).initStart(TIME)).singleElement().asString()
                .startsWith("INIT_START Runtime Version: java:21.vLH1-harness-client-on-java25\t");
        assertThat(new PlatformLog(java21, "", 21).initStart(TIME)).singleElement().asString()
                .startsWith("INIT_START Runtime Version: java:21.vLH1\tRuntime Version ARN: ");
        assertThat(new PlatformLog(java21.toBuilder().logFormat(LogFormat.JSON).build(), "", 25).initStart(TIME))
                .singleElement().asString().contains("\"runtimeVersion\":\"java:21.vLH1-on-java25\"");
    }

    @Test
    void jsonRecords() {
        assertThat(json.start(TIME, ID)).containsExactly("{\"time\":\"2026-11-22T07:30:00.123Z\",\"type\":\"platform.start\","
                + "\"record\":{\"requestId\":\"" + ID + "\",\"functionArn\":"
                + "\"arn:aws:lambda:us-east-1:123456789012:function:orders\",\"version\":\"$LATEST\"}}");
        assertThat(json.report(TIME, report(336.234, InvocationStatus.SUCCESS, null))).containsExactly(
                "{\"time\":\"2026-11-22T07:30:00.123Z\","
                + "\"type\":\"platform.report\",\"record\":{\"requestId\":\"" + ID + "\",\"metrics\":{\"durationMs\":51.634,"
                + "\"billedDurationMs\":389,\"memorySizeMB\":512,\"initDurationMs\":336.234},\"status\":\"success\"}}");
        assertThat(json.end(TIME, report(null, InvocationStatus.SUCCESS, null))).isEmpty();
    }

    @Test
    void systemLogLevelFiltersJsonPlatformRecords() {
        PlatformLog warn = new PlatformLog(FunctionConfig.builder("a.B").logFormat(LogFormat.JSON)
                .systemLogLevel(LogLevel.WARN).build());
        PlatformLog debug = new PlatformLog(FunctionConfig.builder("a.B").logFormat(LogFormat.JSON)
                .systemLogLevel(LogLevel.DEBUG).build());

        assertThat(warn.start(TIME, ID)).isEmpty();
        assertThat(warn.report(TIME, report(null, InvocationStatus.SUCCESS, null))).isEmpty();
        assertThat(debug.end(TIME, report(null, InvocationStatus.SUCCESS, null))).singleElement().asString()
                .contains("\"type\":\"platform.runtimeDone\"");
    }
}
