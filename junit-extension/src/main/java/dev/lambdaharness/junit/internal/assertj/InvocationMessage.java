package dev.lambdaharness.junit.internal.assertj;

import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvocationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;

/**
 * The base of the error message factories: a message is built from parts, and the part that tells
 * how an invocation ended is worded once, here, for every assertion that shows it:
 *
 * <pre>
 * succeeded with payload:
 *   "hello world"
 * </pre>
 *
 * or
 *
 * <pre>
 * failed with:
 *   errorType: "java.lang.IllegalStateException"
 *   errorMessage: "boom"
 *   functionErrorType: "Runtime.UserException"
 * Logs:
 *   START RequestId: … Version: $LATEST
 *   …
 * </pre>
 */
abstract class InvocationMessage extends BasicErrorMessageFactory {

    InvocationMessage(Parts parts) {
        super(parts.format.toString(), parts.arguments.toArray());
    }

    /** Starts a message with this format and its arguments. */
    static Parts message(String format, Object... arguments) {
        return new Parts().then(format, arguments);
    }

    /** A format and its arguments, built up in order. */
    static final class Parts {
        private final StringBuilder format = new StringBuilder();
        private final List<Object> arguments = new ArrayList<>();

        /** Appends a format and its arguments. */
        Parts then(String more, Object... moreArguments) {
            format.append(more);
            arguments.addAll(Arrays.asList(moreArguments));
            return this;
        }

        /** Appends text that is shown as it is, without quotes. */
        Parts thenText(String text) {
            return then("%s", unquotedString(text));
        }

        /** Appends how the invocation ended: its payload or its error and logs. */
        Parts thenOutcome(InvocationResult result) {
            if (result.succeeded()) {
                return then("succeeded with payload:%n  %s", result.payloadAsString());
            }
            FunctionError error = result.error().orElseThrow();
            return then("failed with:%n  errorType: %s%n  errorMessage: %s%n  functionErrorType: %s%nLogs:%n",
                    error.errorType().<Object>map(type -> type).orElse(unquotedString("none")), error.errorMessage(),
                    error.runtimeErrorType())
                    .thenText(LogLines.of(result.logs()));
        }
    }
}
