package dev.lambdaharness.core.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.internal.child.ChildInvocation;
import dev.lambdaharness.core.internal.child.ChildLogs;
import dev.lambdaharness.core.internal.child.TelemetryRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fidelity contract's equivalence (docs: DESIGN.md, "Fidelity contract") between what the RIC
 * oracle did and what the in-process runtime did for the same handler and event. Every difference
 * found is described in one line; none means equivalent.
 */
final class Equivalence {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST_ID = "<request-id>";
    private static final Pattern JSON_TIMESTAMP = Pattern.compile("\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"");
    /** Identity hashes of unnamed modules appear in JDK messages ("to unnamed module @7cc355be") and differ per JVM. */
    private static final Pattern UNNAMED_MODULE = Pattern.compile("unnamed module @[0-9a-f]+");
    private static final byte[] STACK_TRACE_KEY = "\"stackTrace\":".getBytes(StandardCharsets.UTF_8);

    private final List<String> differences = new ArrayList<>();

    private Equivalence() {
    }

    /**
     * @param oracle           what the RIC did
     * @param oracleRequestId  the request id the oracle's invocation carried
     * @param oracleInit       what the RIC's INIT logged when this invocation started the environment, else null
     * @param actual           what the in-process runtime did
     * @param actualDiscarded  whether the in-process runtime discarded the environment after this invocation
     */
    static List<String> differences(ChildInvocation oracle, String oracleRequestId, ChildLogs oracleInit,
                                    InvocationResult actual, boolean actualDiscarded) {
        Equivalence check = new Equivalence();
        check.outcome(oracle, actual);
        check.environment(oracle, actualDiscarded);
        check.logs(oracle, oracleRequestId, oracleInit, actual);
        return check.differences;
    }

    private void outcome(ChildInvocation oracle, InvocationResult actual) {
        switch (oracle.outcome()) {
            case RESPONSE -> {
                if (!actual.succeeded()) {
                    differences.add("the oracle responded " + oracle.bodyText() + " but in-process failed: " + actual.error().orElseThrow());
                } else if (!Arrays.equals(oracle.body(), actual.payload())) {
                    differences.add("payload: oracle " + oracle.bodyText() + " | in-process " + actual.payloadAsString());
                }
            }
            case ERROR, INIT_ERROR -> {
                if (actual.succeeded()) {
                    differences.add("the oracle failed (" + oracle.outcome() + ", " + oracle.functionErrorType() + ": " + oracle.bodyText()
                            + ") but in-process responded " + actual.payloadAsString());
                } else {
                    error(oracle, actual, actual.error().orElseThrow());
                }
            }
            case EXITED, TIMED_OUT -> differences.add("the oracle's runtime did not answer (" + oracle.outcome() + ", exit code "
                    + oracle.exitCode() + "); such a case needs an environment of its own and a comparison of its own: " + oracle);
        }
    }

    private void error(ChildInvocation oracle, InvocationResult actual, FunctionError error) {
        if (!Objects.equals(oracle.functionErrorType(), error.runtimeErrorType())) {
            differences.add("function error type: oracle " + oracle.functionErrorType() + " | in-process " + error.runtimeErrorType());
        }
        JsonNode expected = tree(oracle.body(), "the oracle's error body");
        JsonNode body = tree(actual.payload(), "the in-process error payload");
        if (expected == null || body == null) {
            return;
        }
        List<String> expectedFields = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedFields::add);
        List<String> actualFields = new ArrayList<>();
        body.fieldNames().forEachRemaining(actualFields::add);
        if (!expectedFields.equals(actualFields)) {
            differences.add("error body fields: oracle " + expectedFields + " | in-process " + actualFields);
        }
        Optional<String> expectedType = Optional.ofNullable(expected.get("errorType")).map(JsonNode::asText);
        if (!expectedType.equals(error.errorType())) {
            differences.add("errorType: oracle " + expectedType.orElse("(none)") + " | in-process " + error.errorType().orElse("(none)"));
        }
        String expectedMessage = expected.path("errorMessage").asText(null);
        if (!Objects.equals(expectedMessage, error.errorMessage())) {
            differences.add("errorMessage: oracle " + expectedMessage + " | in-process " + error.errorMessage());
        }
        List<String> expectedTrace = new ArrayList<>();
        expected.path("stackTrace").forEach(frame -> expectedTrace.add(frame.asText()));
        List<String> normalExpected = ReflectionFrames.normaliseFrames(expectedTrace);
        List<String> normalActual = ReflectionFrames.normaliseFrames(error.stackTrace());
        if (!normalExpected.equals(normalActual)) {
            differences.add("stackTrace (reflection accessors collapsed): oracle " + normalExpected + " | in-process " + normalActual);
        }
        // errorMessage and errorType byte for byte as encoded, and everything else up to the stack trace.
        byte[] expectedHead = beforeStackTrace(oracle.body());
        byte[] actualHead = beforeStackTrace(actual.payload());
        if (!Arrays.equals(expectedHead, actualHead)) {
            differences.add("error body bytes before the stack trace: oracle " + new String(expectedHead, StandardCharsets.UTF_8)
                    + " | in-process " + new String(actualHead, StandardCharsets.UTF_8));
        }
        if (!Arrays.equals(actual.payload(), error.body())) {
            differences.add("in-process payload and FunctionError.body() disagree: " + actual.payloadAsString() + " | " + error.bodyAsString());
        }
    }

    private void environment(ChildInvocation oracle, boolean actualDiscarded) {
        boolean oracleEnded = oracle.exitCode() != null;
        if (oracleEnded != actualDiscarded) {
            differences.add("environment: the oracle's runtime " + (oracleEnded ? "exited (code " + oracle.exitCode() + ")" : "lives on")
                    + " but in-process " + (actualDiscarded ? "discarded" : "kept") + " the environment");
        }
    }

    private void logs(ChildInvocation oracle, String oracleRequestId, ChildLogs oracleInit, InvocationResult actual) {
        List<String> beforeStart = new ArrayList<>();
        List<String> afterStart = new ArrayList<>();
        boolean started = false;
        for (LogEvent event : actual.logs()) {
            if (event.source() == LogEvent.Source.PLATFORM) {
                started |= isStart(event.message());
            } else {
                (started ? afterStart : beforeStart).add(normalise(event.message(), actual.requestId()));
            }
        }
        ChildLogs invocation = new ChildLogs(oracle.records(), oracle.stdoutLines(), oracle.stderrLines());
        if (oracleInit != null) {
            compare("INIT", oracleInit, oracleRequestId, beforeStart);
            compare("invocation", invocation, oracleRequestId, afterStart);
        } else {
            List<String> all = new ArrayList<>(beforeStart);
            all.addAll(afterStart);
            compare("invocation", invocation, oracleRequestId, all);
        }
    }

    private void compare(String phase, ChildLogs expected, String oracleRequestId, List<String> actual) {
        List<String> records = new ArrayList<>();
        for (TelemetryRecord record : expected.records()) {
            // A LogEvent's message carries no trailing line break (LogEvent's contract): drop one, as for a line.
            String text = record.messageText();
            records.add(normalise(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, oracleRequestId));
        }
        List<String> stdout = expected.stdoutLines().stream().map(line -> normalise(line, oracleRequestId)).toList();
        List<String> stderr = expected.stderrLines().stream().map(line -> normalise(line, oracleRequestId)).toList();
        if (!Interleaving.isInterleavingOf(actual, List.of(records, stdout, stderr))) {
            differences.add("function logs of " + phase + ": in-process " + quote(actual) + " is not an interleaving of the oracle's"
                    + " records " + quote(records) + ", stdout " + quote(stdout) + " and stderr " + quote(stderr));
        }
    }

    private static boolean isStart(String platformLine) {
        return platformLine.startsWith("START RequestId: ") || platformLine.contains("\"type\":\"platform.start\"");
    }

    private static String normalise(String text, String requestId) {
        String withoutId = text.replace(requestId, REQUEST_ID);
        String withoutTime = JSON_TIMESTAMP.matcher(withoutId).replaceAll("\"timestamp\":\"<timestamp>\"");
        return ReflectionFrames.normalisePrinted(UNNAMED_MODULE.matcher(withoutTime).replaceAll("unnamed module @<hash>"));
    }

    private JsonNode tree(byte[] body, String what) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // reported below
        }
        differences.add(what + " is not a JSON object: " + new String(body, StandardCharsets.UTF_8));
        return null;
    }

    private static byte[] beforeStackTrace(byte[] body) {
        for (int i = 0; i + STACK_TRACE_KEY.length <= body.length; i++) {
            if (Arrays.equals(body, i, i + STACK_TRACE_KEY.length, STACK_TRACE_KEY, 0, STACK_TRACE_KEY.length)) {
                return Arrays.copyOf(body, i);
            }
        }
        return body;
    }

    private static String quote(List<String> lines) {
        StringBuilder out = new StringBuilder("[");
        for (String line : lines) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")).append('"');
        }
        return out.append(']').toString();
    }
}
