package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
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
        List<TemplateOptions.Deployment> deployments = command.template != null ? TemplateOptions.deployments(command)
                : List.of(new TemplateOptions.Deployment(Main.config(command, err),
                        CodeOptions.code(command.classpath, command.layers)));
        LambdaRuntime.Builder builder = LambdaRuntime.builder().invokeApi(true)
                .invocationListener((function, result) -> result.logs().forEach(line -> err.println(line.message())));
        if (command.debugPort != null) {
            builder.debugPort(command.debugPort);
        }
        LambdaRuntime runtime = builder.build();
        // Ctrl-C ends the JVM through its shutdown hooks: this one closes the runtime, its environments and its port.
        Thread stop = new Thread(runtime::close, "lambda-harness-start-lambda-stop");
        try {
            List<String> names = new ArrayList<>();
            for (TemplateOptions.Deployment deployment : deployments) {
                LambdaFunction function = runtime.function(deployment.config(), deployment.code(), command.isolation);
                names.add(function.config().functionName());
            }
            Runtime.getRuntime().addShutdownHook(stop);
            out.println(runtime.invokeApiEndpoint());
            out.flush();
            err.println("lambda-harness: serving " + String.join(", ", names) + " on Lambda's Invoke API at "
                    + runtime.invokeApiEndpoint() + " (POST /2015-03-31/functions/{name}/invocations). Close standard"
                    + " input or press Ctrl-C to stop.");
            waitForEnd(stdin);
        } finally {
            runtime.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is ending already: the hook has run or runs now, and closing twice is harmless.
            }
        }
        err.println("lambda-harness: stopped.");
        return Main.SUCCESS;
    }

    /** Returns when standard input ends; what it carries is not read as anything. */
    private static void waitForEnd(InputStream stdin) {
        byte[] discard = new byte[256];
        try {
            while (stdin.read(discard) != -1) {
                // Keep waiting: only the end of input stops the server.
            }
        } catch (IOException ended) {
            // An input that fails has ended too.
        }
    }
}
