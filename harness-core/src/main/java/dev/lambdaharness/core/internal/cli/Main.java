package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationReport;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.internal.config.EnvVarsFile;
import dev.lambdaharness.core.internal.config.InputFiles;
import dev.lambdaharness.core.internal.invokeapi.ClientContextHeader;
import dev.lambdaharness.core.template.InvalidTemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lambda-harness invoke}: runs one handler on one or more events, like {@code sam local
 * invoke} without Docker. The payload (or error document) goes to stdout, the logs to stderr.
 */
public final class Main {

    public static final int SUCCESS = 0;
    public static final int FUNCTION_ERROR = 1;
    public static final int USAGE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The setting a debug port is refused under, by {@code LambdaRuntime} and forked environments. */
    private static final String DEBUG_PORT = "debugPort";

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
            if (command.command.equals(CommandLine.START_LAMBDA)) {
                return StartLambda.serve(command, stdin, out, err);
            }
            if (command.command.equals(CommandLine.START_API)) {
                return StartApi.serve(command, stdin, out, err);
            }
            List<byte[]> events = readEvents(command.events, stdin);
            TemplateOptions.Deployment deployment = command.template != null ? TemplateOptions.deployment(command)
                    : new TemplateOptions.Deployment(config(command, err), CodeOptions.code(command.classpath, command.layers));
            int status = SUCCESS;
            LambdaRuntime.Builder builder = LambdaRuntime.builder();
            if (command.debugPort != null) {
                builder.debugPort(command.debugPort);
            }
            try (LambdaRuntime runtime = builder.build()) {
                LambdaFunction function = qualified(runtime.function(deployment.config(), deployment.code(),
                        command.isolation), command.qualifier);
                for (byte[] event : events) {
                    InvocationResult result = function.invoke(request(command, event));
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
        } catch (InvalidConfigurationException e) {
            err.println("lambda-harness: " + (DEBUG_PORT.equals(e.setting()) ? debugPortTaken(e) : e.getMessage()));
            return USAGE;
        } catch (InvalidFunctionCodeException | InvocationRejectedException | InvalidTemplateException | UsageProblem e) {
            err.println("lambda-harness: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("lambda-harness: cannot write the result: " + e.getMessage());
            return USAGE;
        }
    }

    /** The invocation of one event with the client context and identity the options give. */
    private static InvocationRequest request(CommandLine command, byte[] event) {
        InvocationRequest request = InvocationRequest.of(event);
        if (command.clientContext != null) {
            try {
                request = request.withClientContext(ClientContextHeader.json(command.clientContext));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--client-context cannot be used: " + e.getMessage() + " Give a JSON object, such"
                        + " as {\"custom\":{\"tenant\":\"a\"}}, or its base64.");
            }
        }
        if (command.identity != null) {
            try {
                if (!JSON.readTree(command.identity).isObject()) {
                    throw new IOException("not an object");
                }
            } catch (IOException e) {
                throw new UsageProblem("--identity is not a JSON object. Give one such as"
                        + " {\"cognitoIdentityId\":\"us-east-1:1234\",\"cognitoIdentityPoolId\":\"us-east-1:pool\"}.");
            }
            request = request.withCognitoIdentity(command.identity);
        }
        return request;
    }

    /**
     * The handle of the version or alias {@code --qualifier} names: {@code $LATEST}, a version number
     * (versions up to it are published first, all of the deployed code) or an alias (of version 1, published first).
     */
    static LambdaFunction qualified(LambdaFunction function, String qualifier) {
        if (qualifier == null || qualifier.equals(FunctionConfig.LATEST)) {
            return qualifier == null ? function : function.qualified(qualifier);
        }
        if (qualifier.matches("[1-9][0-9]{0,3}")) {
            LambdaFunction version = function;
            for (int published = 0; published < Integer.parseInt(qualifier); published++) {
                version = function.publishVersion();
            }
            return version;
        }
        if (qualifier.matches("[0-9]+")) {
            throw new UsageProblem("--qualifier " + qualifier + " names a version the command line will not publish. Give"
                    + " $LATEST, a version from 1 to 9999, or an alias name.");
        }
        function.publishVersion();
        return function.createAlias(qualifier, "1");
    }

    /**
     * The function's configuration: the options, and the environment of {@code --env-file} (the
     * members for every function and for this one, by its name) under that of {@code --env}.
     */
    static FunctionConfig config(CommandLine command, PrintStream err) {
        FunctionConfig.Builder builder = FunctionConfig.builder(command.handler);
        command.applyTo(builder);
        if (command.environmentFile == null) {
            return builder.environment(command.environment).build();
        }
        EnvVarsFile file = EnvVarsFile.read(command.environmentFile);
        // The name is the configuration's, so the default one (from the handler's class) picks a member too.
        String name = builder.build().functionName();
        if (!file.functionNames().isEmpty() && !file.functionNames().contains(name)) {
            err.println("lambda-harness: --env-file " + command.environmentFile + " has no member for function '"
                    + name + "' (it has " + String.join(", ", file.functionNames()) + "), so only its "
                    + EnvVarsFile.EVERY_FUNCTION + " apply. Name the function with --function-name.");
        }
        return builder.environment(file.variablesFor(name)).environment(command.environment).build();
    }

    /**
     * The refusal of a debug port that another process holds, naming the option instead of the
     * {@code LambdaRuntime.Builder} method that the runtime's own message names.
     */
    private static String debugPortTaken(InvalidConfigurationException e) {
        String reason = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
        return "--debug-port " + e.value() + " cannot be used: port " + e.value() + " on 127.0.0.1 is taken by"
                + " another process" + reason + ". Give a free port with --debug-port, or stop what listens there.";
    }

    private static List<byte[]> readEvents(List<String> names, InputStream stdin) {
        List<byte[]> events = new ArrayList<>();
        for (String name : names) {
            if (name.equals("-")) {
                try {
                    events.add(stdin.readAllBytes());
                } catch (IOException e) {
                    throw new UsageProblem("cannot read the event from standard input: " + e.getMessage() + ".");
                }
                continue;
            }
            Path file = Paths.get(name);
            try {
                events.add(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UsageProblem("event file " + name + " " + InputFiles.problem(file, e) + ". Give a readable"
                        + " JSON file, or - for standard input.");
            }
        }
        return events;
    }

    private static ObjectNode document(InvocationResult result) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("requestId", result.requestId());
        if (result.succeeded() && utf8(result.payload())) {
            doc.put("payload", result.payloadAsString());
            doc.putNull("error");
        } else if (result.succeeded()) {
            // Bytes that are not UTF-8 would not survive a JSON string: they are given in base64, under a name that says so.
            doc.putNull("payload");
            doc.put("payloadBase64", java.util.Base64.getEncoder().encodeToString(result.payload()));
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

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** A problem with the command's input that is not a parse error: an event file that cannot be read. */
    static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
