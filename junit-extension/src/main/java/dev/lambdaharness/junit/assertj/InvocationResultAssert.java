package dev.lambdaharness.junit.assertj;

import static dev.lambdaharness.junit.internal.assertj.ShouldBeBatchResponse.shouldBeBatchResponse;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeBatchResponse.shouldHaveItemIdentifier;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeHttpResponse.shouldBeHttpResponse;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeHttpResponse.shouldHaveBase64Body;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeJson.shouldBeJson;
import static dev.lambdaharness.junit.internal.assertj.ShouldBeReadableAs.shouldBeReadableAs;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveBody.shouldHaveBody;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveFailed.shouldHaveFailed;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveFailed.shouldHaveFailedWith;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveFailed.shouldHaveTimedOut;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveHeader.shouldHaveHeader;
import static dev.lambdaharness.junit.internal.assertj.ShouldHavePayload.shouldHavePayload;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveStarted.shouldBeColdStart;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveStarted.shouldBeWarmStart;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveStatusCode.shouldHaveStatusCode;
import static dev.lambdaharness.junit.internal.assertj.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.lambdaharness.junit.internal.assertj.ShouldReportBatchItemFailures.shouldReportFailures;
import static dev.lambdaharness.junit.internal.assertj.ShouldReportBatchItemFailures.shouldReportNoFailures;
import static dev.lambdaharness.junit.internal.assertj.ShouldSetCookie.shouldSetCookie;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.EmbeddedMetric;
import dev.lambdaharness.core.EmbeddedMetrics;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.junit.internal.assertj.ShouldHaveEmittedMetric;
import dev.lambdaharness.junit.internal.assertj.BatchResponse;
import dev.lambdaharness.junit.internal.assertj.ComparisonFailure;
import dev.lambdaharness.junit.internal.assertj.HttpResponse;
import dev.lambdaharness.events.json.JacksonTrees;
import dev.lambdaharness.junit.internal.assertj.Json;
import dev.lambdaharness.junit.internal.assertj.Navigation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.api.StringAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on what an invocation returned: its outcome, its payload read as an HTTP or batch
 * response, its logs and its REPORT figures. Obtain one with {@link LambdaAssertions#assertThat(InvocationResult)}.
 *
 * <pre>{@code
 * assertThat(function.invoke(request)).succeeded()
 *         .hasStatusCode(201)
 *         .hasHeader("Location", "/orders/o-1")
 *         .bodyJson().isEqualTo("{\"id\":\"o-1\"}");
 *
 * assertThat(function.invoke(sqsEvent)).reportedFailures("m-2", "m-3");
 * assertThat(function.invoke("\"boom\"")).failedWith("java.lang.IllegalStateException").hasErrorMessage("boom");
 * }</pre>
 *
 * <p>Assertions on the response (payload, HTTP, batch) first require the invocation to have
 * succeeded, and otherwise fail with the error and the logs of the invocation.
 */
public class InvocationResultAssert extends AbstractAssert<InvocationResultAssert, InvocationResult> {

    /** Lambda's function error type of an invocation that ran out of time. */
    private static final String TIMED_OUT = "Sandbox.Timedout";

    /**
     * Creates the assertion; public so that soft assertions can proxy it.
     *
     * @param actual the result under test
     */
    public InvocationResultAssert(InvocationResult actual) {
        super(actual, InvocationResultAssert.class);
    }

    /** Verifies that the function returned a response rather than an error. */
    public InvocationResultAssert succeeded() {
        isNotNull();
        requireSuccess();
        return myself;
    }

    /** Verifies that the invocation failed, in any way. */
    public InvocationResultAssert failed() {
        isNotNull();
        if (actual.succeeded()) {
            throw assertionError(shouldHaveFailed(actual));
        }
        return myself;
    }

    /**
     * Verifies that the invocation failed with this {@code errorType}: the exception class of an
     * uncaught exception, or the platform's type such as {@code Sandbox.Timedout}.
     */
    public InvocationResultAssert failedWith(String errorType) {
        requireNonNull(errorType, "errorType");
        return failedSo("errorType", errorType, error -> error.errorType().equals(Optional.of(errorType)));
    }

    /** Verifies that the invocation failed with exactly this {@code errorMessage}. */
    public InvocationResultAssert hasErrorMessage(String errorMessage) {
        requireNonNull(errorMessage, "errorMessage");
        return failedSo("errorMessage", errorMessage, error -> errorMessage.equals(error.errorMessage()));
    }

    /** Verifies that the invocation failed with an {@code errorMessage} containing this text. */
    public InvocationResultAssert hasErrorMessageContaining(String text) {
        requireNonNull(text, "text");
        return failedSo("an errorMessage containing", text,
                error -> error.errorMessage() != null && error.errorMessage().contains(text));
    }

    /** Verifies that the invocation failed with an {@code errorMessage} that the regular expression matches entirely. */
    public InvocationResultAssert hasErrorMessageMatching(String regex) {
        Pattern pattern = Pattern.compile(requireNonNull(regex, "regex"));
        return failedSo("an errorMessage matching", regex,
                error -> error.errorMessage() != null && pattern.matcher(error.errorMessage()).matches());
    }

    /**
     * Verifies the platform's classification of the failure ({@code FunctionError.runtimeErrorType()}):
     * {@code Runtime.UserException} for an uncaught exception, {@code Runtime.BadFunctionCode},
     * {@code Sandbox.Timedout}, {@code Runtime.ExitError} or {@code Function.ResponseSizeTooLarge}.
     */
    public InvocationResultAssert hasFunctionErrorType(String functionErrorType) {
        requireNonNull(functionErrorType, "functionErrorType");
        return failedSo("functionErrorType", functionErrorType, error -> functionErrorType.equals(error.runtimeErrorType()));
    }

    /** Verifies that the invocation ran out of time: Lambda's {@code Sandbox.Timedout}. */
    public InvocationResultAssert timedOut() {
        isNotNull();
        if (actual.succeeded() || !TIMED_OUT.equals(actual.error().orElseThrow().runtimeErrorType())) {
            throw assertionError(shouldHaveTimedOut(actual));
        }
        return myself;
    }

    /** Verifies that the invocation succeeded with exactly this payload text. */
    public InvocationResultAssert hasPayload(String expected) {
        requireNonNull(expected, "expected");
        isNotNull();
        requireSuccess();
        String payload = actual.payloadAsString();
        if (!payload.equals(expected)) {
            throw failure(shouldHavePayload(payload, expected), payload, expected);
        }
        return myself;
    }

    /** Verifies that the invocation succeeded, then asserts on its payload as text. */
    public AbstractStringAssert<?> payloadAsString() {
        isNotNull();
        requireSuccess();
        return extractingForProxy(new StringAssert(actual.payloadAsString()));
    }

    /** Verifies that the invocation succeeded with a JSON payload, then asserts on that JSON. */
    public JsonNodeAssert payloadJson() {
        isNotNull();
        requireSuccess();
        return extractingForProxy(new JsonNodeAssert(json("invocation payload", actual.payloadAsString())));
    }

    /**
     * Verifies that the invocation succeeded with a payload the Lambda runtime's serialiser reads as
     * {@code type}, then asserts on the object read.
     */
    public <T> ObjectAssert<T> payloadAs(Class<T> type) {
        requireNonNull(type, "type");
        isNotNull();
        requireSuccess();
        T payload;
        try {
            payload = actual.payloadAs(type);
        } catch (IllegalStateException e) {
            throw assertionError(shouldBeReadableAs(type, actual.payloadAsString(), firstLine(rootCause(e).getMessage())));
        }
        return extractingForProxy(new ObjectAssert<>(payload));
    }

    /** Verifies that the invocation succeeded with an HTTP response of this status code. */
    public InvocationResultAssert hasStatusCode(int expected) {
        HttpResponse response = httpResponse();
        if (response.statusCode() != expected) {
            throw failure(shouldHaveStatusCode(response.statusCode(), expected, readableBody(response)),
                    response.statusCode(), expected);
        }
        return myself;
    }

    /** Verifies that the HTTP response has a header of this name, in any case. */
    public InvocationResultAssert hasHeader(String name) {
        requireNonNull(name, "name");
        HttpResponse response = httpResponse();
        if (!response.hasHeader(name, Optional.empty())) {
            throw assertionError(shouldHaveHeader(name, response.headerLines()));
        }
        return myself;
    }

    /**
     * Verifies that the HTTP response has this header: the name in any case, the value exactly, in
     * {@code headers} or among the values of {@code multiValueHeaders}.
     */
    public InvocationResultAssert hasHeader(String name, String value) {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        HttpResponse response = httpResponse();
        if (!response.hasHeader(name, Optional.of(value))) {
            throw assertionError(shouldHaveHeader(name + ": " + value, response.headerLines()));
        }
        return myself;
    }

    /** Verifies the HTTP response's body as the client receives it (decoded when {@code isBase64Encoded}). */
    public InvocationResultAssert hasBody(String expected) {
        requireNonNull(expected, "expected");
        String body = body(httpResponse());
        if (!body.equals(expected)) {
            throw failure(shouldHaveBody(body, expected), body, expected);
        }
        return myself;
    }

    /** Asserts on the HTTP response's body as the client receives it (decoded when {@code isBase64Encoded}). */
    public AbstractStringAssert<?> body() {
        return extractingForProxy(new StringAssert(body(httpResponse())));
    }

    /** Asserts on the HTTP response's body, decoded when {@code isBase64Encoded}, as JSON. */
    public JsonNodeAssert bodyJson() {
        return extractingForProxy(new JsonNodeAssert(json("response body", body(httpResponse()))));
    }

    /**
     * Verifies that the HTTP response sets a cookie of this name, through {@code cookies} (HTTP APIs
     * and function URLs) or a {@code Set-Cookie} header.
     */
    public InvocationResultAssert hasCookie(String name) {
        requireNonNull(name, "name");
        HttpResponse response = httpResponse();
        if (!response.setsCookie(name, Optional.empty())) {
            throw assertionError(shouldSetCookie(name, response.cookieLines()));
        }
        return myself;
    }

    /** Verifies that the HTTP response sets a cookie of this name and value; its attributes do not matter. */
    public InvocationResultAssert hasCookie(String name, String value) {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        HttpResponse response = httpResponse();
        if (!response.setsCookie(name, Optional.of(value))) {
            throw assertionError(shouldSetCookie(name + "=" + value, response.cookieLines()));
        }
        return myself;
    }

    /**
     * Verifies that the invocation succeeded with a partial batch response (SQS, Kinesis, DynamoDB
     * Streams) reporting exactly these items as failed, in any order.
     */
    public InvocationResultAssert reportedFailures(String... itemIdentifiers) {
        requireNonNull(itemIdentifiers, "itemIdentifiers");
        if (itemIdentifiers.length == 0) {
            return reportedNoFailures();
        }
        List<String> reported = batchResponse().failedItems();
        List<String> expected = List.of(itemIdentifiers);
        if (!sorted(reported).equals(sorted(expected))) {
            throw assertionError(shouldReportFailures(reported, expected));
        }
        return myself;
    }

    /**
     * Verifies that the invocation succeeded with a response by which Lambda counts the whole batch
     * as processed: no {@code batchItemFailures}, a null response or an empty object.
     */
    public InvocationResultAssert reportedNoFailures() {
        List<String> reported = batchResponse().failedItems();
        if (!reported.isEmpty()) {
            throw assertionError(shouldReportNoFailures(reported));
        }
        return myself;
    }

    /** Asserts on the invocation's log events: platform lines and the function's output. */
    public LogsAssert logs() {
        isNotNull();
        return extractingForProxy(new LogsAssert(actual.logs()));
    }

    /**
     * Verifies that the invocation wrote a metric in CloudWatch's embedded metric format and
     * navigates to it (the first one of that namespace and name, when it wrote several, for example
     * one per dimension set).
     *
     * <pre>{@code
     * assertThat(cold).emittedMetric("Orders", "ColdStart").hasValue(1);
     * assertThat(warm).emittedNoMetric("Orders", "ColdStart");
     * }</pre>
     */
    public EmbeddedMetricAssert emittedMetric(String namespace, String name) {
        isNotNull();
        List<EmbeddedMetric> written = EmbeddedMetrics.in(actual);
        EmbeddedMetric found = written.stream().filter(m -> m.namespace().equals(namespace) && m.name().equals(name))
                .findFirst().orElseThrow(() -> assertionError(ShouldHaveEmittedMetric.shouldHaveEmitted(namespace, name,
                        written)));
        return extractingForProxy(new EmbeddedMetricAssert(found));
    }

    /** Verifies that the invocation wrote no embedded metric of that namespace and name. */
    public InvocationResultAssert emittedNoMetric(String namespace, String name) {
        isNotNull();
        List<EmbeddedMetric> found = EmbeddedMetrics.in(actual).stream()
                .filter(m -> m.namespace().equals(namespace) && m.name().equals(name)).toList();
        if (!found.isEmpty()) {
            throw assertionError(ShouldHaveEmittedMetric.shouldNotHaveEmitted(namespace, name, found));
        }
        return myself;
    }

    /** Asserts on the invocation's REPORT figures. */
    public InvocationReportAssert report() {
        isNotNull();
        return extractingForProxy(new InvocationReportAssert(actual.report()));
    }

    /** Verifies that the invocation started a new execution environment. */
    public InvocationResultAssert wasColdStart() {
        isNotNull();
        if (!actual.report().coldStart()) {
            throw assertionError(shouldBeColdStart());
        }
        return myself;
    }

    /** Verifies that the invocation reused an execution environment an earlier invocation started. */
    public InvocationResultAssert wasWarmStart() {
        isNotNull();
        if (actual.report().coldStart()) {
            throw assertionError(shouldBeWarmStart());
        }
        return myself;
    }

    /**
     * Hands a navigation's assertion through, with this assertion's description and representation.
     * Soft assertions intercept protected methods named {@code <navigation>ForProxy} (the convention
     * AssertJ's own navigations follow) and proxy what they return, so assertions made after
     * {@link #logs()} or {@link #payloadJson()} are collected too.
     */
    protected <A extends AbstractAssert<?, ?>> A extractingForProxy(A navigation) {
        return Navigation.from(info, navigation);
    }

    private InvocationResultAssert failedSo(String what, String expected, Predicate<FunctionError> matches) {
        isNotNull();
        if (actual.succeeded() || !matches.test(actual.error().orElseThrow())) {
            throw assertionError(shouldHaveFailedWith(what, expected, actual));
        }
        return myself;
    }

    private void requireSuccess() {
        if (!actual.succeeded()) {
            throw assertionError(shouldHaveSucceeded(actual));
        }
    }

    private HttpResponse httpResponse() {
        isNotNull();
        requireSuccess();
        return HttpResponse.read(actual.payloadAsString())
                .orElseThrow(() -> assertionError(shouldBeHttpResponse(actual.payloadAsString())));
    }

    private String body(HttpResponse response) {
        Optional<String> problem = response.undecodableBody();
        if (problem.isPresent()) {
            throw assertionError(shouldHaveBase64Body(response.rawBody(), problem.get()));
        }
        return response.body();
    }

    private static String readableBody(HttpResponse response) {
        return response.undecodableBody().isPresent() ? response.rawBody() : response.body();
    }

    private BatchResponse batchResponse() {
        isNotNull();
        requireSuccess();
        String payload = actual.payloadAsString();
        BatchResponse response = BatchResponse.read(payload).orElseThrow(() -> assertionError(shouldBeBatchResponse(payload)));
        response.invalidItem().ifPresent(item -> {
            throw assertionError(shouldHaveItemIdentifier(item, payload));
        });
        return response;
    }

    private JsonNode json(String subject, String text) {
        if (Json.read(text).isEmpty()) {
            throw assertionError(shouldBeJson(subject, text));
        }
        return JacksonTrees.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private AssertionError failure(ErrorMessageFactory message, Object actualValue, Object expected) {
        return ComparisonFailure.of(info, message, actualValue, expected, this::isElementOfCustomAssert);
    }

    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().collect(Collectors.toList());
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String text) {
        return text == null ? "no reason given" : Arrays.stream(text.split("\\R")).findFirst().orElse(text).trim();
    }
}
