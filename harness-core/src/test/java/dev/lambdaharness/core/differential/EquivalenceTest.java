package dev.lambdaharness.core.differential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildInvocation.Outcome;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.TelemetryRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The comparison itself: what it accepts as equivalent and what it reports. */
class EquivalenceTest {

    private static final String ORACLE_ID = "oracle-request-id";
    private static final String LOCAL_ID = "local-request-id";

    @Test
    void acceptsTheSameResponseAndLogsInAnyInterleavingOfTheOraclesSources() {
        ChildInvocation oracle = response("\"ok\"", List.of(record("a record")), List.of("out 1", "out 2"), List.of("err"));
        InvocationResult local = result("\"ok\"", null, "err", "out 1", "a record", "out 2");

        assertThat(Equivalence.differences(oracle, ORACLE_ID, null, local, false)).isEmpty();
    }

    @Test
    void reportsAPayloadThatDiffersInOneByte() {
        List<String> differences = Equivalence.differences(response("\"ok\"", List.of(), List.of(), List.of()), ORACLE_ID, null,
                result("\"ok \"", null), false);

        assertThat(differences).singleElement().asString().startsWith("payload: oracle \"ok\" | in-process \"ok \"");
    }

    @Test
    void reportsLinesOfOneSourceInAnotherOrder() {
        ChildInvocation oracle = response("1", List.of(), List.of("first", "second"), List.of());

        assertThat(Equivalence.differences(oracle, ORACLE_ID, null, result("1", null, "second", "first"), false))
                .singleElement().asString().startsWith("function logs of invocation:");
        assertThat(Equivalence.differences(oracle, ORACLE_ID, null, result("1", null, "first"), false)).hasSize(1);
    }

    @Test
    void comparesJsonRecordsModuloRequestIdAndTimestamp() {
        ChildInvocation oracle = response("1", List.of(record("{\"timestamp\":\"2024-01-02T03:04:05.678Z\",\"message\":\"m\","
                + "\"AWSRequestId\":\"" + ORACLE_ID + "\"}\n")), List.of(), List.of());
        InvocationResult same = result("1", null, "{\"timestamp\":\"2030-12-31T23:59:59.999Z\",\"message\":\"m\","
                + "\"AWSRequestId\":\"" + LOCAL_ID + "\"}");
        InvocationResult withoutId = result("1", null, "{\"timestamp\":\"2030-12-31T23:59:59.999Z\",\"message\":\"m\"}");

        assertThat(Equivalence.differences(oracle, ORACLE_ID, null, same, false)).isEmpty();
        assertThat(Equivalence.differences(oracle, ORACLE_ID, null, withoutId, false)).hasSize(1);
    }

    @Test
    void comparesErrorsFieldByFieldWithReflectionAccessorsCollapsed() {
        String oracleBody = "{\"errorMessage\":\"m\",\"errorType\":\"java.io.IOException\",\"stackTrace\":[\"a.B.c(B.java:1)\","
                + "\"java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\","
                + "\"java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)\","
                + "\"java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)\","
                + "\"java.base/java.lang.reflect.Method.invoke(Method.java:569)\"]}";
        List<String> localTrace = List.of("a.B.c(B.java:1)", "jdk.internal.reflect.GeneratedMethodAccessor7.invoke(Unknown Source)",
                "java.base/java.lang.reflect.Method.invoke(Method.java:569)");
        ChildInvocation oracle = error(oracleBody, "Runtime.UserException");

        assertThat(Equivalence.differences(oracle, ORACLE_ID, null,
                errorResult("java.io.IOException", "m", localTrace, "Runtime.UserException"), false)).isEmpty();
        assertThat(Equivalence.differences(oracle, ORACLE_ID, null,
                errorResult("java.io.IOException", "m", localTrace, "Runtime.BadFunctionCode"), false))
                .singleElement().asString().startsWith("function error type:");
        assertThat(Equivalence.differences(oracle, ORACLE_ID, null,
                errorResult("java.io.IOException", "m", List.of("a.B.c(B.java:2)"), "Runtime.UserException"), false))
                .singleElement().asString().startsWith("stackTrace");
        assertThat(Equivalence.differences(oracle, ORACLE_ID, null,
                errorResult("java.io.IOException", "M", localTrace, "Runtime.UserException"), false))
                .anySatisfy(difference -> assertThat(difference).startsWith("errorMessage: oracle m | in-process M"));
    }

    @Test
    void reportsAnEnvironmentKeptWhereTheRuntimeExited() {
        ChildInvocation exited = new ChildInvocation(Outcome.RESPONSE, "1".getBytes(StandardCharsets.UTF_8), null, 0, List.of(),
                List.of(), List.of(), Map.of());

        assertThat(Equivalence.differences(exited, ORACLE_ID, null, result("1", null), false))
                .singleElement().asString().startsWith("environment:");
    }

    @Test
    void splitsInitFromTheInvocationAtTheStartLine() {
        ChildInvocation oracle = response("1", List.of(), List.of("invoke"), List.of());
        ChildLogs init = new ChildLogs(List.of(), List.of("init"), List.of());
        InvocationResult right = result("1", "init", "invoke");
        InvocationResult initLate = result("1", null, "init", "invoke");

        assertThat(Equivalence.differences(oracle, ORACLE_ID, init, right, false)).isEmpty();
        assertThat(Equivalence.differences(oracle, ORACLE_ID, init, initLate, false)).hasSize(2);
    }

    private static ChildInvocation response(String body, List<TelemetryRecord> records, List<String> stdout, List<String> stderr) {
        return new ChildInvocation(Outcome.RESPONSE, body.getBytes(StandardCharsets.UTF_8), null, null, records, stdout, stderr,
                Map.of());
    }

    private static ChildInvocation error(String body, String functionErrorType) {
        return new ChildInvocation(Outcome.ERROR, body.getBytes(StandardCharsets.UTF_8), functionErrorType, null, List.of(),
                List.of(), List.of(), Map.of());
    }

    private static TelemetryRecord record(String text) {
        return new TelemetryRecord(0xa55a0003, "UNDEFINED", "TEXT", 0L, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A result whose function lines are {@code initLine} (before START, if not null) and then {@code lines}. */
    private static InvocationResult result(String payload, String initLine, String... lines) {
        List<LogEvent> events = new ArrayList<>();
        if (initLine != null) {
            events.add(new LogEvent(Instant.EPOCH, LogEvent.Source.FUNCTION, initLine));
        }
        events.add(new LogEvent(Instant.EPOCH, LogEvent.Source.PLATFORM, "START RequestId: " + LOCAL_ID + " Version: $LATEST"));
        for (String line : lines) {
            events.add(new LogEvent(Instant.EPOCH, LogEvent.Source.FUNCTION, line));
        }
        events.add(new LogEvent(Instant.EPOCH, LogEvent.Source.PLATFORM, "END RequestId: " + LOCAL_ID));
        return new InvocationResult(LOCAL_ID, payload.getBytes(StandardCharsets.UTF_8), null, events, report());
    }

    private static InvocationResult errorResult(String type, String message, List<String> trace, String runtimeErrorType) {
        StringBuilder body = new StringBuilder("{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + type + "\",\"stackTrace\":[");
        for (int i = 0; i < trace.size(); i++) {
            body.append(i == 0 ? "" : ",").append('"').append(trace.get(i)).append('"');
        }
        byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        FunctionError error = new FunctionError(Optional.of(type), message, trace, runtimeErrorType, bytes);
        List<LogEvent> events = List.of(new LogEvent(Instant.EPOCH, LogEvent.Source.PLATFORM, "START RequestId: " + LOCAL_ID));
        return new InvocationResult(LOCAL_ID, bytes, error, events, report());
    }

    private static InvocationReport report() {
        return new InvocationReport(LOCAL_ID, 1.0, 1, 128, OptionalInt.empty(), Optional.empty(), false, InvocationStatus.SUCCESS,
                Optional.empty());
    }
}
