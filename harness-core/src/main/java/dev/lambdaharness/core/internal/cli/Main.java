package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lambda-harness invoke}: runs one handler on one or more events, like {@code sam local
 * invoke} without Docker. The payload (or error document) goes to stdout, the logs to stderr.
 */
public final class Main {

    static final int SUCCESS = 0;
    static final int FUNCTION_ERROR = 1;
    static final int USAGE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Main() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // The environments' output is captured per invocation; keep the real streams for our own output.
        PrintStream out = System.out;
        PrintStream err = System.err;
        int status = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        CommandLine command;
        try {
            command = CommandLine.parse(args);
        } catch (CommandLine.UsageException e) {
            if (e.getMessage() != null) {
                err.println("lambda-harness: " + e.getMessage());
                err.println();
            }
            err.println(CommandLine.USAGE);
            return e.getMessage() == null && args.length > 0 ? SUCCESS : USAGE;
        }
        try {
            List<byte[]> events = readEvents(command.events, stdin);
            FunctionConfig.Builder config = FunctionConfig.builder(command.handler).environment(command.environment);
            if (command.memory != null) {
                config.memorySize(command.memory);
            }
            if (command.timeout != null) {
                config.timeout(command.timeout);
            }
            FunctionCode code = code(command.classpath);
            int status = SUCCESS;
            LambdaRuntime.Builder builder = LambdaRuntime.builder();
            if (command.debugPort != null) {
                builder.debugPort(command.debugPort);
            }
            try (LambdaRuntime runtime = builder.build()) {
                LambdaFunction function = runtime.function(config.build(), code, command.isolation);
                for (byte[] event : events) {
                    InvocationResult result = function.invoke(event);
                    if (command.json) {
                        out.println(JSON.writeValueAsString(document(result)));
                    } else {
                        result.logs().forEach(line -> err.println(line.message()));
                        out.println(result.payloadAsString());
                    }
                    if (!result.succeeded()) {
                        status = FUNCTION_ERROR;
                    }
                }
            }
            return status;
        } catch (InvalidConfigurationException | InvalidFunctionCodeException | InvocationRejectedException
                | UsageProblem e) {
            err.println("lambda-harness: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("lambda-harness: cannot write the result: " + e.getMessage());
            return USAGE;
        }
    }

    private static FunctionCode code(List<Path> classpath) {
        if (classpath.size() == 1) {
            Path only = classpath.get(0);
            if (only.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                return FunctionCode.fromDeploymentPackage(only);
            }
            if (Files.isDirectory(only.resolve("lib"))) {
                return FunctionCode.fromTaskRoot(only);
            }
        }
        return FunctionCode.fromPaths(classpath);
    }

    private static List<byte[]> readEvents(List<String> names, InputStream stdin) {
        List<byte[]> events = new ArrayList<>();
        for (String name : names) {
            try {
                events.add(name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Paths.get(name)));
            } catch (NoSuchFileException e) {
                throw new UsageProblem("event file " + name + " does not exist. Give a JSON file, or - for standard input.");
            } catch (IOException e) {
                throw new UsageProblem("cannot read event " + name + ": " + e.getMessage() + ".");
            }
        }
        return events;
    }

    private static ObjectNode document(InvocationResult result) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("requestId", result.requestId());
        if (result.succeeded()) {
            doc.put("payload", result.payloadAsString());
            doc.putNull("error");
        } else {
            doc.putNull("payload");
            ObjectNode error = doc.putObject("error");
            result.error().ifPresent(e -> {
                error.put("runtimeErrorType", e.runtimeErrorType());
                error.put("body", e.bodyAsString());
            });
        }
        ArrayNode logs = doc.putArray("logs");
        for (LogEvent event : result.logs()) {
            logs.add(event.message());
        }
        InvocationReport report = result.report();
        ObjectNode r = doc.putObject("report");
        r.put("requestId", report.requestId());
        r.put("durationMs", report.durationMs());
        r.put("billedDurationMs", report.billedDurationMs());
        r.put("memorySizeMb", report.memorySizeMb());
        if (report.maxMemoryUsedMb().isPresent()) {
            r.put("maxMemoryUsedMb", report.maxMemoryUsedMb().getAsInt());
        } else {
            r.putNull("maxMemoryUsedMb");
        }
        if (report.initDurationMs().isPresent()) {
            r.put("initDurationMs", report.initDurationMs().get());
        } else {
            r.putNull("initDurationMs");
        }
        r.put("coldStart", report.coldStart());
        r.put("status", report.status().wireName());
        return doc;
    }

    /** A problem with the command's input that is not a parse error: a missing event file. */
    private static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
