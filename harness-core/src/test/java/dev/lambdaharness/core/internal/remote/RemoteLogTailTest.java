package dev.lambdaharness.core.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LogEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Log tails as Lambda returns them in {@code X-Amz-Log-Result}, read back into events and REPORT figures. */
class RemoteLogTailTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T12:00:00Z");
    private static final String ID = "8f5c3f2e-6a4b-4b8e-9d0a-1c2b3d4e5f60";

    @Test
    void aTextReportGivesEveryFieldInLambdasOrder() {
        RemoteLogTail tail = read("START RequestId: " + ID + " Version: $LATEST\nhello\nEND RequestId: " + ID
                + "\nREPORT RequestId: " + ID + "\tDuration: 3004.56 ms\tBilled Duration: 3000 ms\tMemory Size: 512 MB"
                + "\tMax Memory Used: 87 MB\tInit Duration: 412.34 ms\tStatus: timeout\n");

        InvocationReport report = tail.report(ID).orElseThrow();
        assertThat(report.durationMs()).isEqualTo(3004.56);
        assertThat(report.billedDurationMs()).isEqualTo(3000);
        assertThat(report.memorySizeMb()).isEqualTo(512);
        assertThat(report.maxMemoryUsedMb()).hasValue(87);
        assertThat(report.initDurationMs()).contains(412.34);
        assertThat(report.coldStart()).isTrue();
        assertThat(report.status()).isEqualTo(InvocationStatus.TIMEOUT);
        assertThat(tail.events()).extracting(LogEvent::source).containsExactly(LogEvent.Source.PLATFORM,
                LogEvent.Source.FUNCTION, LogEvent.Source.PLATFORM, LogEvent.Source.PLATFORM);
        assertThat(tail.events()).extracting(LogEvent::timestamp).containsOnly(RECEIVED);
    }

    @Test
    void aJsonReportRecordGivesTheSameFigures() {
        RemoteLogTail tail = read("{\"time\":\"2026-12-07T11:59:59.123Z\",\"type\":\"platform.report\",\"record\":{"
                + "\"requestId\":\"" + ID + "\",\"metrics\":{\"durationMs\":12.345,\"billedDurationMs\":13,"
                + "\"memorySizeMB\":128,\"maxMemoryUsedMB\":70},\"status\":\"error\",\"errorType\":\"Runtime.ExitError\"}}\n");

        InvocationReport report = tail.report(ID).orElseThrow();
        assertThat(report.durationMs()).isEqualTo(12.345);
        assertThat(report.billedDurationMs()).isEqualTo(13);
        assertThat(report.maxMemoryUsedMb()).hasValue(70);
        assertThat(report.coldStart()).isFalse();
        assertThat(report.status()).isEqualTo(InvocationStatus.ERROR);
        assertThat(report.errorType()).contains("Runtime.ExitError");
        assertThat(tail.events().get(0).timestamp()).isEqualTo(Instant.parse("2026-12-07T11:59:59.123Z"));
        assertThat(tail.events().get(0).source()).isEqualTo(LogEvent.Source.PLATFORM);
    }

    @Test
    void aTailCutAt4KbLosesItsFirstPartialLineAndAnInitFailureNamesItsType() {
        String log = "x".repeat(5000) + "\nINIT_REPORT Init Duration: 10.00 ms\tPhase: init\tStatus: error\tError Type:"
                + " Runtime.BadFunctionCode\nlast line\n";
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        byte[] tail = java.util.Arrays.copyOfRange(bytes, bytes.length - RemoteLogTail.MAX_BYTES, bytes.length);
        RemoteLogTail read = RemoteLogTail.read(Optional.of(Base64.getEncoder().encodeToString(tail)), RECEIVED);

        assertThat(read.events()).extracting(LogEvent::message).containsExactly("INIT_REPORT Init Duration: 10.00 ms"
                + "\tPhase: init\tStatus: error\tError Type: Runtime.BadFunctionCode", "last line");
        assertThat(read.initErrorType()).contains("Runtime.BadFunctionCode");
        assertThat(read.report(ID)).isEmpty();
    }

    @Test
    void noTailIsNoEvents() {
        assertThat(RemoteLogTail.read(Optional.empty(), RECEIVED).events()).isEmpty();
    }

    private static RemoteLogTail read(String log) {
        return RemoteLogTail.read(Optional.of(Base64.getEncoder().encodeToString(log.getBytes(StandardCharsets.UTF_8))),
                RECEIVED);
    }
}
