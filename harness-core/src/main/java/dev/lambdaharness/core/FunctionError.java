package dev.lambdaharness.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A failed invocation as the caller of Lambda's Invoke API sees it: the error document (with
 * {@code X-Amz-Function-Error: Unhandled}) and the kind of failure the platform recorded.
 *
 * <pre>{@code
 * FunctionError error = result.error().orElseThrow();
 * error.errorType();        // "java.lang.IllegalStateException", or "Sandbox.Timedout"
 * error.runtimeErrorType(); // "Runtime.UserException", "Sandbox.Timedout", "Runtime.ExitError", ...
 * }</pre>
 *
 * @param errorType the document's {@code errorType}, absent for some handler-loading faults
 * @param errorMessage the document's {@code errorMessage}
 * @param stackTrace the document's {@code stackTrace}, empty when it has none
 * @param runtimeErrorType the platform's classification: {@code Runtime.UserException},
 *     {@code Runtime.BadFunctionCode}, {@code Sandbox.Timedout}, {@code Runtime.ExitError},
 *     {@code Function.ResponseSizeTooLarge}
 * @param body the document exactly as Lambda returns it
 */
public record FunctionError(Optional<String> errorType, String errorMessage, List<String> stackTrace,
        String runtimeErrorType, byte[] body) {

    /** The error document as text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return runtimeErrorType + ": " + bodyAsString();
    }
}
