package dev.lambdaharness.junit.assertj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;

/**
 * The entry point of the Lambda assertions, to import statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
 *
 * assertThat(function.invoke(request)).succeeded().hasStatusCode(200);
 * assertThat(function.invoke(event)).failedWith("java.lang.IllegalStateException");
 * }</pre>
 *
 * <p>Their failure messages follow one pattern, {@code Expecting <subject> to <expectation> but
 * <what was found>}, and wherever an invocation failed unexpectedly they show its
 * {@code errorType}, {@code errorMessage}, function error type and logs (see
 * {@code docs/assertions.md}).
 */
public final class LambdaAssertions {

    private LambdaAssertions() {
    }

    /** Starts assertions on what an invocation returned. */
    public static InvocationResultAssert assertThat(InvocationResult actual) {
        return new InvocationResultAssert(actual);
    }

    /** Starts assertions on the REPORT figures of an invocation. */
    public static InvocationReportAssert assertThat(InvocationReport actual) {
        return new InvocationReportAssert(actual);
    }

    /** Starts assertions on JSON, compared semantically. */
    public static JsonNodeAssert assertThatJson(JsonNode actual) {
        return new JsonNodeAssert(actual);
    }
}
