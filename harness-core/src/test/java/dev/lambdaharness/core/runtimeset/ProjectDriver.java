package dev.lambdaharness.core.runtimeset;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.events.EventPayload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project's test does with the harness, run inside a {@link ProjectClassPath}: deploys one
 * function and invokes it once. Only strings cross the class path's boundary.
 */
public final class ProjectDriver {

    private ProjectDriver() {
    }

    /**
     * @param arguments isolation, runtime client, handler, then {@code sqs} to invoke with a typed
     *                  SQSEvent and read the answer typed, {@code event} to read that SQSEvent from
     *                  JSON as a typed {@code @Event} is read and send it, {@code json} to send an SQS event's JSON
     *                  and read the answer as JSON text, else the string {@code "x"}; then the
     *                  function's code paths
     * @return outcome ({@code succeeded} or the error type), payload or error message, the log text
     */
    public static String[] run(String[] arguments) {
        List<Path> code = new ArrayList<>();
        for (int i = 4; i < arguments.length; i++) {
            code.add(Path.of(arguments[i]));
        }
        try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.valueOf(arguments[1])).build()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder(arguments[2]).build(), FunctionCode.fromPaths(code),
                    Isolation.valueOf(arguments[0]));
            InvocationResult result;
            if (arguments[3].equals("sqs")) {
                SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
                message.setBody("hello");
                SQSEvent event = new SQSEvent();
                event.setRecords(List.of(message));
                result = function.invoke(event);
            } else if (arguments[3].equals("event")) {
                result = function.invoke(EventPayload.of("{\"Records\":[{\"body\":\"hello\"}]}").as(SQSEvent.class));
            } else if (arguments[3].equals("json")) {
                result = function.invoke("{\"Records\":[{\"body\":\"hello\"}]}");
            } else {
                result = function.invoke("\"x\"");
            }
            if (result.succeeded()) {
                String answer = !arguments[3].equals("json") && !arguments[3].equals("string") ? result.payloadAs(String.class) : result.payloadAsJson().asText();
                return new String[] {"succeeded", answer, result.logText()};
            }
            return new String[] {result.error().orElseThrow().errorType().orElse("none"), result.error().orElseThrow().errorMessage(),
                result.logText()};
        }
    }
}
