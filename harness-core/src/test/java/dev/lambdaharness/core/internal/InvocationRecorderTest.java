package dev.lambdaharness.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.RuntimeClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The platform's lines of each way an invocation ends, as both isolations write them, in text and JSON. */
class InvocationRecorderTest {

    private static final Instant TIME = Instant.parse("2026-11-22T07:30:00.123Z");
    private static final String ID = "8476a536-e9f4-11e8-9739-2dfe598c3fcd";
    private static final String JSON_TIME = "{\"time\":\"2026-11-22T07:30:00.123Z\",\"type\":";
    private static final RuntimeClock CLOCK = new RuntimeClock() {
        @Override
        public long currentTimeMillis() {
            return TIME.toEpochMilli();
        }

        @Override
        public long nanoTime() {
            return 0;
        }
    };

    private static final FunctionConfig TEXT = FunctionConfig.builder("a.B").functionName("orders").memorySize(512)
            .timeout(1).build();
    private static final FunctionConfig JSON = FunctionConfig.builder("a.B").functionName("orders").memorySize(512)
            .timeout(1).logFormat(LogFormat.JSON).build();

    private final Events events = new Events();

    private static InvocationRecording recording(FunctionConfig config, Events events) {
        return new InvocationRecorder(config, new PlatformLog(config), CLOCK, OptionalInt::empty).begin(ID, events);
    }

    @Test
    void successOfAColdStart() {
        InvocationRecording recording = recording(TEXT, events);
        recording.initStarted();
        recording.initEnded(336.234);
        recording.start();
        InvocationResult result = recording.succeeded("\"ok\"".getBytes(StandardCharsets.UTF_8), 51.634);

        assertThat(result.payloadAsString()).isEqualTo("\"ok\"");
        assertThat(result.report()).isEqualTo(new InvocationReport(ID, 51.634, 389, 512, OptionalInt.empty(),
                Optional.of(336.234), true, InvocationStatus.SUCCESS, Optional.empty()));
        assertThat(lines(result)).hasSize(4);
        assertThat(lines(result).get(0)).matches("INIT_START Runtime Version: java:\\d+\\.vLH1\tRuntime Version ARN: "
                + "arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}");
        assertThat(lines(result).subList(1, 4)).containsExactly(
                "START RequestId: " + ID + " Version: $LATEST",
                "END RequestId: " + ID,
                "REPORT RequestId: " + ID + "\tDuration: 51.63 ms\tBilled Duration: 389 ms\tMemory Size: 512 MB"
                        + "\tInit Duration: 336.23 ms\t");
    }

    @Test
    void aFunctionErrorIsASuccessOfThePlatform() {
        InvocationRecording recording = recording(TEXT, events);
        recording.start();
        FunctionError error = PlatformErrors.responseTooLarge(7_000_000);
        InvocationResult result = recording.functionFailed(error, 51.634);

        assertThat(result.error()).contains(error);
        assertThat(result.payload()).isEqualTo(error.body());
        assertThat(result.report().status()).isEqualTo(InvocationStatus.SUCCESS);
        assertThat(result.report().coldStart()).isFalse();
        assertThat(lines(result)).containsExactly(
                "START RequestId: " + ID + " Version: $LATEST",
                "END RequestId: " + ID,
                "REPORT RequestId: " + ID + "\tDuration: 51.63 ms\tBilled Duration: 52 ms\tMemory Size: 512 MB\t");
    }

    @Test
    void aTimeoutReportsTheConfiguredTimeout() {
        InvocationRecording recording = recording(TEXT, events);
        recording.start();
        // Stopped late, against a scaled limit: the report still shows the configured second.
        InvocationResult result = recording.timedOut(2_600.5, 2_500);

        assertThat(result.error().orElseThrow().errorMessage())
                .isEqualTo("RequestId: " + ID + " Error: Task timed out after 1.00 seconds");
        assertThat(result.report().durationMs()).isEqualTo(1000.0);
        assertThat(result.report().status()).isEqualTo(InvocationStatus.TIMEOUT);
        assertThat(lines(result)).containsExactly(
                "START RequestId: " + ID + " Version: $LATEST",
                "END RequestId: " + ID,
                "REPORT RequestId: " + ID + "\tDuration: 1000.00 ms\tBilled Duration: 1000 ms\tMemory Size: 512 MB"
                        + "\tStatus: timeout\t");
    }

    @Test
    void aTimeoutStoppedEarlyReportsTheLimitItWasHeldTo() {
        InvocationResult result = recording(TEXT, events).timedOut(0.0, 400);

        assertThat(result.report().durationMs()).isEqualTo(400.0);
    }

    @Test
    void anExitEndsTheFunctionsOpenLineThenTellsTheExit() {
        InvocationRecording recording = recording(TEXT, events);
        recording.start();
        events.pending = "no line break";
        InvocationResult result = recording.exited(PlatformErrors.exited(ID, 3), 12.5);

        assertThat(result.report().status()).isEqualTo(InvocationStatus.ERROR);
        assertThat(result.report().errorType()).contains("Runtime.ExitError");
        assertThat(result.logs()).extracting(LogEvent::message).containsExactly(
                "START RequestId: " + ID + " Version: $LATEST",
                "no line break",
                "RequestId: " + ID + " Error: Runtime exited with error: exit status 3",
                "Runtime.ExitError",
                "END RequestId: " + ID,
                "REPORT RequestId: " + ID + "\tDuration: 12.50 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB"
                        + "\tStatus: error\tError Type: Runtime.ExitError\t");
    }

    @Test
    void aFailedInit() {
        InvocationRecording recording = recording(TEXT, events);
        recording.initStarted();
        recording.initEnded(10.171);
        recording.initFailed("Runtime.BadFunctionCode");
        InvocationResult result = recording.runtimeFailed(badFunctionCode(), 0.0);

        assertThat(result.report().status()).isEqualTo(InvocationStatus.ERROR);
        assertThat(lines(result).subList(1, lines(result).size())).containsExactly(
                "INIT_REPORT Init Duration: 10.17 ms\tPhase: init\tStatus: error\tError Type: Runtime.BadFunctionCode",
                "START RequestId: " + ID + " Version: $LATEST",
                "END RequestId: " + ID,
                "REPORT RequestId: " + ID + "\tDuration: 0.00 ms\tBilled Duration: 11 ms\tMemory Size: 512 MB"
                        + "\tInit Duration: 10.17 ms\tStatus: error\tError Type: Runtime.BadFunctionCode\t");
    }

    @Test
    void anInitOverItsLimit() {
        InvocationRecording recording = recording(TEXT, events);
        recording.initStarted();
        recording.initTimedOut();

        assertThat(events.lines().get(1))
                .isEqualTo("INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout");
    }

    @Test
    void theMeasuredPeakMemoryIsReported() {
        InvocationRecording recording = new InvocationRecorder(TEXT, new PlatformLog(TEXT), CLOCK, () -> OptionalInt.of(87))
                .begin(ID, events);
        InvocationResult result = recording.succeeded(new byte[0], 51.634);

        assertThat(result.report().maxMemoryUsedMb()).hasValue(87);
        assertThat(lines(result)).last().asString().contains("\tMax Memory Used: 87 MB\t");
    }

    @Test
    void jsonRecordsOfASuccessATimeoutAndAFailedInit() {
        InvocationRecording success = recording(JSON, events);
        success.start();
        assertThat(lines(success.succeeded(new byte[0], 51.634))).containsExactly(
                JSON_TIME + "\"platform.start\",\"record\":{\"requestId\":\"" + ID + "\",\"functionArn\":"
                        + "\"arn:aws:lambda:us-east-1:123456789012:function:orders\",\"version\":\"$LATEST\"}}",
                JSON_TIME + "\"platform.report\",\"record\":{\"requestId\":\"" + ID + "\",\"metrics\":{\"durationMs\":"
                        + "51.634,\"billedDurationMs\":52,\"memorySizeMB\":512},\"status\":\"success\"}}");

        Events timeoutEvents = new Events();
        assertThat(lines(recording(JSON, timeoutEvents).timedOut(1_000.2, 1_000))).containsExactly(
                JSON_TIME + "\"platform.report\",\"record\":{\"requestId\":\"" + ID + "\",\"metrics\":{\"durationMs\":"
                        + "1000.000,\"billedDurationMs\":1000,\"memorySizeMB\":512},\"status\":\"timeout\"}}");

        Events initEvents = new Events();
        InvocationRecording init = recording(JSON, initEvents);
        init.initEnded(10.171);
        init.initTimedOut();
        init.initFailed("Runtime.BadFunctionCode");
        List<String> lines = lines(init.runtimeFailed(badFunctionCode(), 0.0));
        assertThat(lines.get(0)).isEqualTo(JSON_TIME + "\"platform.initReport\",\"record\":{\"initializationType\":"
                + "\"on-demand\",\"phase\":\"init\",\"status\":\"timeout\",\"metrics\":{\"durationMs\":10000.000}}}");
        assertThat(lines.get(1)).isEqualTo(JSON_TIME + "\"platform.initReport\",\"record\":{\"initializationType\":"
                + "\"on-demand\",\"phase\":\"init\",\"status\":\"error\",\"errorType\":\"Runtime.BadFunctionCode\","
                + "\"metrics\":{\"durationMs\":10.171}}}");
        assertThat(lines.get(3)).isEqualTo(JSON_TIME + "\"platform.report\",\"record\":{\"requestId\":\"" + ID
                + "\",\"metrics\":{\"durationMs\":0.000,\"billedDurationMs\":11,\"memorySizeMB\":512,\"initDurationMs\":"
                + "10.171},\"status\":\"error\",\"errorType\":\"Runtime.BadFunctionCode\"}}");
    }

    private static FunctionError badFunctionCode() {
        byte[] body = "{\"errorMessage\":\"no such class\"}".getBytes(StandardCharsets.UTF_8);
        return new FunctionError(Optional.empty(), "no such class", List.of(), "Runtime.BadFunctionCode", body);
    }

    private static List<String> lines(InvocationResult result) {
        return result.logs().stream().map(LogEvent::message).toList();
    }

    /** An invocation's events as an environment keeps them, with a line the function left open. */
    private static final class Events implements InvocationEvents {
        private final List<LogEvent> all = new ArrayList<>();
        String pending;

        @Override
        public void platform(List<String> lines) {
            lines.forEach(line -> all.add(new LogEvent(TIME, LogEvent.Source.PLATFORM, line)));
        }

        @Override
        public void outputEnded() {
            if (pending != null) {
                all.add(new LogEvent(TIME, LogEvent.Source.FUNCTION, pending));
                pending = null;
            }
        }

        @Override
        public List<LogEvent> events() {
            return List.copyOf(all);
        }

        List<String> lines() {
            return all.stream().map(LogEvent::message).toList();
        }
    }
}
