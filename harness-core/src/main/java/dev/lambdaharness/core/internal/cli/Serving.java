package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the serving commands ({@code start-lambda}, {@code start-api}) share: deploy the functions
 * into a runtime whose invocations log to stderr, serve them, print what is served (the first
 * stdout line is a URL a script can read), and stop when standard input ends or on Ctrl-C,
 * closing the runtime either way.
 *
 * <pre>{@code
 * return Serving.serve(command, stdin, out, err, "start-api", builder -> builder, (runtime, functions) -> ...);
 * }</pre>
 */
final class Serving {

    /** A function deployed for serving, with the deployment it came from. */
    record Deployed(TemplateOptions.Deployment deployment, LambdaFunction function) {
    }

    /** What a command serves, once its functions are deployed. */
    interface Server {

        /** Starts serving; returns the lines for stdout (the first a URL) and the sentence for stderr. */
        Announcement start(LambdaRuntime runtime, List<Deployed> functions);
    }

    /** What is printed once serving: stdout lines, the first a URL, and a sentence on stderr. */
    record Announcement(List<String> stdout, String stderr) {
    }

    private Serving() {
    }

    static int serve(CommandLine command, InputStream stdin, PrintStream out, PrintStream err, String name,
            UnaryOperator<LambdaRuntime.Builder> configure, Server server) {
        List<TemplateOptions.Deployment> deployments = command.template != null ? TemplateOptions.deployments(command)
                : List.of(new TemplateOptions.Deployment(Main.config(command, err),
                        CodeOptions.code(command.classpath, command.layers)));
        LambdaRuntime.Builder builder = configure.apply(LambdaRuntime.builder())
                .invocationListener((function, result) -> result.logs().forEach(line -> err.println(line.message())));
        if (command.debugPort != null) {
            builder.debugPort(command.debugPort);
        }
        LambdaRuntime runtime = builder.build();
        // Ctrl-C ends the JVM through its shutdown hooks: this one closes the runtime, its environments and its ports.
        Thread stop = new Thread(runtime::close, "lambda-harness-" + name + "-stop");
        try {
            List<Deployed> functions = new ArrayList<>();
            for (TemplateOptions.Deployment deployment : deployments) {
                functions.add(new Deployed(deployment, runtime.function(deployment.config(), deployment.code(),
                        command.isolation)));
            }
            Announcement announcement = server.start(runtime, functions);
            Runtime.getRuntime().addShutdownHook(stop);
            announcement.stdout().forEach(out::println);
            out.flush();
            err.println(announcement.stderr() + " Close standard input or press Ctrl-C to stop.");
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
