package dev.lambdaharness.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSide;
import dev.lambdaharness.events.json.JacksonTrees;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one invocation returned: the response payload or the function error, the log events of the
 * invocation and its REPORT figures.
 *
 * <pre>{@code
 * InvocationResult result = function.invoke("{\"sku\":\"A-1\"}");
 * if (result.succeeded()) {
 *     JsonNode body = result.payloadAsJson();
 * } else {
 *     System.err.println(result.error().orElseThrow().errorMessage());
 * }
 * result.logs().forEach(System.out::println);
 * }</pre>
 */
public final class InvocationResult {


    private final String requestId;
    private final byte[] payload;
    private final FunctionError error;
    private final List<LogEvent> logs;
    private final InvocationReport report;
    private final String executedVersion;

    /**
     * Creates a result; the runtime does this, tests of code that consumes results may too.
     *
     * @param requestId the request id
     * @param payload the response payload, or the error document when {@code error} is present
     * @param error the function error, or {@code null} on success
     * @param logs the invocation's log events in order
     * @param report the REPORT figures
     */
    public InvocationResult(String requestId, byte[] payload, FunctionError error, List<LogEvent> logs,
            InvocationReport report) {
        this(requestId, payload, error, logs, report, FunctionConfig.LATEST);
    }

    /**
     * Creates a result of an invocation that ran a given version.
     *
     * @param executedVersion the version that ran, as {@code X-Amz-Executed-Version} says: {@code $LATEST} or a number
     */
    public InvocationResult(String requestId, byte[] payload, FunctionError error, List<LogEvent> logs,
            InvocationReport report, String executedVersion) {
        this.requestId = requestId;
        this.payload = payload.clone();
        this.error = error;
        this.logs = List.copyOf(logs);
        this.report = report;
        this.executedVersion = executedVersion;
    }

    /**
     * The version that ran, as the Invoke API's {@code X-Amz-Executed-Version} header says:
     * {@code $LATEST}, or the published version the qualifier named or the alias routed to.
     */
    public String executedVersion() {
        return executedVersion;
    }

    /** The invocation's request id, as in {@code Context.getAwsRequestId()} and the log lines. */
    public String requestId() {
        return requestId;
    }

    /** Whether the function returned a response rather than an error. */
    public boolean succeeded() {
        return error == null;
    }

    /** The function error, when the invocation failed. */
    public Optional<FunctionError> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The bytes Lambda returns to the caller: the response payload, or the error document of a
     * failed invocation.
     */
    public byte[] payload() {
        return payload.clone();
    }

    /** {@link #payload()} as UTF-8 text. */
    public String payloadAsString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /**
     * {@link #payload()} parsed as JSON.
     *
     * @throws IllegalStateException when the payload is not JSON, quoting its start
     */
    public JsonNode payloadAsJson() {
        try {
            return JacksonTrees.read(payload);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The payload of invocation " + requestId + " is not JSON: "
                    + abbreviate(payloadAsString()) + ". Read it with payloadAsString().", e);
        }
    }

    /**
     * {@link #payload()} read into {@code type} with the serialiser the Lambda Java runtime uses for
     * that type (the aws-lambda-java-events mixins for event classes, its Jackson settings otherwise).
     *
     * @throws IllegalStateException when the payload does not fit the type
     */
    public <T> T payloadAs(Class<T> type) {
        try {
            return RuntimeSide.readPayload(payload, type);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The payload of invocation " + requestId + " cannot be read as "
                    + type.getName() + ": " + abbreviate(payloadAsString()) + " (" + e.getMessage() + ")", e);
        }
    }

    /** The invocation's log events in order: platform lines and the function's output. */
    public List<LogEvent> logs() {
        return logs;
    }

    /** The log events as CloudWatch shows them, one per line. */
    public String logText() {
        return logs.stream().map(LogEvent::message).collect(Collectors.joining("\n"));
    }

    /** The REPORT figures. */
    public InvocationReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "InvocationResult{requestId=" + requestId + ", "
                + (succeeded() ? "payload=" + abbreviate(payloadAsString()) : "error=" + error) + "}";
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
