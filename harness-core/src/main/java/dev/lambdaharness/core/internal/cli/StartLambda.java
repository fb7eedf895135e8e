package dev.lambdaharness.core.internal.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code lambda-harness start-lambda}: serves functions on Lambda's Invoke API, like {@code sam local
 * start-lambda} without Docker. The endpoint's URL is the first line on stdout, so that a script can
 * read it; the invocations' logs go to stderr. It stops when standard input ends or on Ctrl-C,
 * closing the runtime either way.
 *
 * <pre>{@code
 * lambda-harness start-lambda --handler com.example.Orders --classpath target/classes
 * # http://127.0.0.1:40123
 * aws lambda invoke --endpoint-url http://127.0.0.1:40123 --function-name Orders out.json
 * }</pre>
 */
final class StartLambda {

    private StartLambda() {
    }

    static int serve(CommandLine command, InputStream stdin, PrintStream out, PrintStream err) {
        return Serving.serve(command, stdin, out, err, "start-lambda", builder -> builder.invokeApi(true),
                (runtime, functions) -> new Serving.Announcement(List.of(runtime.invokeApiEndpoint().toString()),
                        "lambda-harness: serving " + String.join(", ", functions.stream()
                                .map(f -> f.function().config().functionName()).toList()) + " on Lambda's Invoke API at "
                        + runtime.invokeApiEndpoint() + " (POST /2015-03-31/functions/{name}/invocations)."));
    }
}
