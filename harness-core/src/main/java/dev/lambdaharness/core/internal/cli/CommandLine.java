package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.internal.config.FunctionLimits;
import dev.lambdaharness.core.internal.config.IntRange;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parsed arguments of {@code lambda-harness invoke}. Parsing fails with a {@link UsageException}
 * whose message names the bad argument and the fix.
 */
final class CommandLine {

    /** Sets the options a builder takes from the command line as they are: runtime, memory, timeout, function name. */
    FunctionConfig.Builder applyTo(FunctionConfig.Builder builder) {
        if (runtime != null) {
            builder.runtime(runtime);
        }
        if (memory != null) {
            builder.memorySize(memory);
        }
        if (timeout != null) {
            builder.timeout(timeout);
        }
        if (functionName != null) {
            builder.functionName(functionName);
        }
        if (region != null) {
            builder.region(region);
        }
        return builder;
    }

    static final String USAGE = String.join("\n",
            "Usage: lambda-harness invoke --handler HANDLER --classpath PATHS --event FILE|- [--event FILE]...",
            "       lambda-harness invoke --template FILE [--function LOGICAL_ID] --event FILE|- [--event FILE]...",
            "                             [--parameter-overrides 'KEY=VALUE ...'] [--template-value PATH=VALUE]...",
            "                             [--runtime java17|java21|java25] [--layer PATH]... [--memory MB]",
            "                             [--timeout SECONDS] [--function-name NAME] [--env KEY=VALUE]...",
            "                             [--env-file FILE] [--json] [--isolation in-process|forked]",
            "                             [--debug-port PORT] [--name NAME] [--region REGION]",
            "                             [--qualifier VERSION|ALIAS] [--client-context JSON|BASE64]",
            "                             [--identity JSON]",
            "       lambda-harness start-lambda --handler HANDLER --classpath PATHS | --template FILE [--function ID]",
            "                             [the options of invoke but --event and --json]",
            "       lambda-harness start-api --handler HANDLER --classpath PATHS | --template FILE [--function ID]",
            "                             [the options of invoke but --event and --json]",
            "",
            "invoke runs a Lambda Java handler on one or more events, as the Lambda Java runtime would, without",
            "Docker. start-lambda serves the function (with a template and no --function, all its functions) on",
            "Lambda's Invoke API at http://127.0.0.1:<port>, printed on stdout, for the AWS SDK and CLI, like",
            "sam local start-lambda; closing standard input or Ctrl-C stops it. start-api serves the template's",
            "HttpApi events as an HTTP API and its Api events as a REST API (under /prod/), or the function as an",
            "HTTP API's $default route, like sam local start-api; it prints the URL and the routes.",
            "",
            "  --template      a SAM or CloudFormation template (YAML or JSON): the function's settings and code",
            "                  (CodeUri, relative to the template) come from it; the options below change them",
            "  --function      the logical id of the template's function to run; needed when it has several",
            "  --parameter-overrides  template parameter values, as sam deploy takes them: 'Stage=test Size=2'",
            "                  or 'ParameterKey=Stage,ParameterValue=test ...'; repeatable",
            "  --template-value a value at a property path of the template, for what cannot be resolved here:",
            "                  Resources.F.Properties.Environment.Variables.BUS=arn:...; repeatable",
            "  --handler       the handler, e.g. com.example.Handler::handleRequest (without --template)",
            "  --classpath     the function's code: class folders and jars separated by '" + File.pathSeparator + "',",
            "                  a task root (a folder with lib/), or a deployment package (.zip) given alone",
            "  --event         a JSON event file, or - for standard input; repeat it to invoke again on the same",
            "                  (then warm) environment",
            "  --runtime       the Lambda runtime: java17, java21 or java25 (default: the newest this Java",
            "                  can run)",
            "  --layer         a layer: a .zip or a folder holding java/lib/*.jar, as Lambda unpacks it in /opt,",
            "                  or a single jar; repeatable",
            "  --memory        memory size in MB (128-10240, default 128)",
            "  --timeout       timeout in seconds (1-900, default 3)",
            "  --function-name the function's name (default: the handler's class name); picks its own variables",
            "                  in --env-file; --name is the same option",
            "  --region        the function's region (default us-east-1): its ARN, AWS_REGION",
            "  --qualifier     invoke a version or alias, as the Invoke API's Qualifier: $LATEST, a number N",
            "                  (versions 1 to N are published first) or an alias name (version 1 is published",
            "                  and the alias points at it); the context's invokedFunctionArn carries it",
            "  --client-context the client context: a JSON object, or its base64 as X-Amz-Client-Context carries it",
            "  --identity      the Cognito identity: JSON such as {\"cognitoIdentityId\":\"..\",\"cognitoIdentityPoolId\":\"..\"}",
            "  --env           an environment variable for the function; repeatable; wins over --env-file",
            "  --env-file      environment variables in the JSON of sam local invoke --env-vars:",
            "                  {\"Parameters\": {\"KEY\": \"value\"}, \"FunctionName\": {\"KEY\": \"value\"}}; with",
            "                  --template, members are named by logical id and every variable is set, declared or not",
            "  --json          print one JSON document per invocation (payload, error, logs, report) on stdout;",
            "                  a payload that is not UTF-8 is given as payloadBase64 instead of payload",
            "  --isolation     in-process (default: fast, inside this JVM) or forked (a JVM per environment",
            "                  running the real AWS runtime interface client; Linux only)",
            "  --debug-port    a forked environment's JVM waits for a debugger on 127.0.0.1:PORT before it",
            "                  starts the function; timeouts are not enforced while debugging (in-process:",
            "                  attach to this JVM)",
            "",
            "invoke prints the response payload (or the error document) on stdout and the logs on stderr.",
            "Exit status: 0 success, 1 function error, 2 bad usage.");

    /** The ports a debugger can listen on. */
    private static final int MAX_TCP_PORT = 65535;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern CLOUDFORMATION_PARAMETER = Pattern.compile("ParameterKey=([^,]+),ParameterValue=(.*)");

    final String handler;
    final List<Path> classpath;
    final List<String> events;
    final JavaRuntime runtime;
    final List<Path> layers;
    final Integer memory;
    final Integer timeout;
    final String functionName;
    final Map<String, String> environment;
    final Path environmentFile;
    final boolean json;
    final Isolation isolation;
    final Integer debugPort;
    final Path template;
    final String function;
    final Map<String, String> parameterOverrides;
    final Map<String, String> templateValues;
    /** {@code invoke}, {@code start-lambda} or {@code start-api}. */
    final String command;
    final String region;
    final String qualifier;
    final String clientContext;
    final String identity;

    /** The command that serves functions on the Invoke API. */
    static final String START_LAMBDA = "start-lambda";

    /** The command that serves functions behind local API Gateway APIs. */
    static final String START_API = "start-api";

    private CommandLine(String command, Parser parsed) {
        this.command = command;
        this.region = parsed.region;
        this.qualifier = parsed.qualifier;
        this.clientContext = parsed.clientContext;
        this.identity = parsed.identity;
        this.handler = parsed.handler;
        this.classpath = List.copyOf(parsed.classpath);
        this.events = List.copyOf(parsed.events);
        this.runtime = parsed.runtime;
        this.layers = List.copyOf(parsed.layers);
        this.memory = parsed.memory;
        this.timeout = parsed.timeout;
        this.functionName = parsed.functionName;
        this.environment = parsed.environment;
        this.environmentFile = parsed.environmentFile;
        this.json = parsed.json;
        this.isolation = parsed.isolation;
        this.debugPort = parsed.debugPort;
        this.template = parsed.template;
        this.function = parsed.function;
        this.parameterOverrides = parsed.parameterOverrides;
        this.templateValues = parsed.templateValues;
    }

    static CommandLine parse(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            throw new UsageException(null);
        }
        if (!args[0].equals("invoke") && !args[0].equals(START_LAMBDA) && !args[0].equals(START_API)) {
            throw new UsageException("Unknown command '" + args[0] + "'. The commands are 'invoke', '" + START_LAMBDA
                    + "' and '" + START_API + "'.");
        }
        boolean serving = !args[0].equals("invoke");
        Parser parsed = new Parser(args);
        parsed.parse();
        if (parsed.template != null && parsed.handler != null) {
            throw new UsageException("--handler and --template are both given, but the template names the handler. Leave"
                    + " --handler out, or change the template's with --template-value Resources.<id>.Properties.Handler=...");
        }
        if (parsed.template == null && (parsed.function != null || !parsed.parameterOverrides.isEmpty()
                || !parsed.templateValues.isEmpty())) {
            throw new UsageException("--function, --parameter-overrides and --template-value need --template. Give the"
                    + " template, e.g. --template template.yaml.");
        }
        if (parsed.handler == null && parsed.template == null) {
            throw new UsageException("--handler is missing. Name the handler, e.g. --handler com.example.Handler::handleRequest.");
        }
        if (parsed.classpath.isEmpty() && parsed.template == null) {
            throw new UsageException("--classpath is missing. Give the function's classes, e.g. --classpath target/classes.");
        }
        if (serving && (!parsed.events.isEmpty() || parsed.json)) {
            throw new UsageException((parsed.json ? "--json" : "--event") + " is an option of invoke: " + args[0] + " takes"
                    + " its events from the requests it serves. Leave it out, or use invoke.");
        }
        if (serving && (parsed.qualifier != null || parsed.clientContext != null || parsed.identity != null)) {
            throw new UsageException("--qualifier, --client-context and --identity are options of invoke: " + args[0]
                    + " takes them from each request.");
        }
        if (!serving && parsed.events.isEmpty()) {
            throw new UsageException("--event is missing. Give a JSON file, or - to read the event from standard input.");
        }
        if (parsed.events.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("--event - appears twice, but standard input can be read only once. Use files.");
        }
        return new CommandLine(args[0], parsed);
    }

    /** Reads the options one by one, keeping what each said so far. */
    private static final class Parser {
        private final String[] args;
        private int next = 1;
        /** The options that take one value, with the value they took, to refuse a second. */
        private final Map<String, String> given = new HashMap<>();

        String handler;
        final List<Path> classpath = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        JavaRuntime runtime;
        final List<Path> layers = new ArrayList<>();
        Integer memory;
        Integer timeout;
        String functionName;
        final Map<String, String> environment = new LinkedHashMap<>();
        Path environmentFile;
        boolean json;
        Isolation isolation = Isolation.IN_PROCESS;
        Integer debugPort;
        Path template;
        String function;
        final Map<String, String> parameterOverrides = new LinkedHashMap<>();
        final Map<String, String> templateValues = new LinkedHashMap<>();
        String region;
        String qualifier;
        String clientContext;
        String identity;

        Parser(String[] args) {
            this.args = args;
        }

        void parse() {
            while (next < args.length) {
                String option = args[next++];
                switch (option) {
                    case "--handler":
                        handler = once(option);
                        break;
                    case "--classpath":
                    case "-cp":
                        for (String entry : once("--classpath").split(File.pathSeparator)) {
                            if (!entry.isEmpty()) {
                                classpath.add(Paths.get(entry));
                            }
                        }
                        break;
                    case "--event":
                        events.add(value(option));
                        break;
                    case "--runtime":
                        runtime = runtime(once(option));
                        break;
                    case "--layer":
                        layers.add(Paths.get(value(option)));
                        break;
                    case "--memory":
                        memory = setting(option, once(option), FunctionLimits.MEMORY_SIZE);
                        break;
                    case "--timeout":
                        timeout = setting(option, once(option), FunctionLimits.TIMEOUT);
                        break;
                    case "--function-name":
                    case "--name":
                        functionName = once("--function-name");
                        break;
                    case "--region":
                        region = once(option);
                        break;
                    case "--qualifier":
                        qualifier = once(option);
                        break;
                    case "--client-context":
                        clientContext = once(option);
                        break;
                    case "--identity":
                        identity = once(option);
                        break;
                    case "--env":
                        String pair = value(option);
                        int equals = pair.indexOf('=');
                        if (equals <= 0) {
                            throw new UsageException("--env needs KEY=VALUE, got '" + pair + "'. Write it as --env TABLE=orders.");
                        }
                        environment.put(pair.substring(0, equals), pair.substring(equals + 1));
                        break;
                    case "--env-file":
                        environmentFile = Paths.get(once(option));
                        break;
                    case "--json":
                        json = true;
                        break;
                    case "--isolation":
                        isolation = isolation(once(option));
                        break;
                    case "--debug-port":
                        debugPort = number(option, once(option), 1, MAX_TCP_PORT, "a TCP port is 1 to " + MAX_TCP_PORT);
                        break;
                    case "--template":
                        template = Paths.get(once(option));
                        break;
                    case "--function":
                        function = once(option);
                        break;
                    case "--parameter-overrides":
                        parameterOverrides.putAll(parameterOverrides(value(option)));
                        break;
                    case "--template-value":
                        String assignment = value(option);
                        int at = assignment.indexOf('=');
                        if (at <= 0) {
                            throw new UsageException("--template-value needs PATH=VALUE, got '" + assignment + "'. Write"
                                    + " it as --template-value Resources.F.Properties.Environment.Variables.BUS=arn:...");
                        }
                        templateValues.put(assignment.substring(0, at), assignment.substring(at + 1));
                        break;
                    case "--help":
                    case "-h":
                        throw new UsageException(null);
                    default:
                        throw new UsageException("Unknown option '" + option + "'. See the options below.");
                }
            }
        }

        /** The value of an option that may be given once; a second one is refused, not silently taken. */
        private String once(String option) {
            String value = value(option);
            String earlier = given.putIfAbsent(option, value);
            if (earlier != null) {
                throw new UsageException(option + " is given twice ('" + earlier + "' and '" + value + "'), but it"
                        + " takes one value. Give it once.");
            }
            return value;
        }

        private String value(String option) {
            if (next >= args.length || args[next].startsWith("--")) {
                throw new UsageException(option + " needs a value. See the options below.");
            }
            return args[next++];
        }
    }

    /**
     * Parameter values as {@code sam deploy --parameter-overrides} takes them: {@code Key=Value} pairs,
     * or CloudFormation's {@code ParameterKey=Key,ParameterValue=Value}, separated by spaces.
     */
    static Map<String, String> parameterOverrides(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher cloudFormation = CLOUDFORMATION_PARAMETER.matcher(pair);
            int equals = pair.indexOf('=');
            if (cloudFormation.matches()) {
                values.put(cloudFormation.group(1), cloudFormation.group(2));
            } else if (equals > 0 && !pair.startsWith("ParameterKey=")) {
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            } else {
                throw new UsageException("--parameter-overrides has '" + pair + "', which is not Key=Value. Write them"
                        + " as sam deploy takes them: 'Stage=test Size=2' or 'ParameterKey=Stage,ParameterValue=test'.");
            }
        }
        return values;
    }

    /** The isolation the option names, in any spelling {@link Isolation#fromId(String)} accepts. */
    private static Isolation isolation(String text) {
        try {
            Isolation isolation = Isolation.fromId(text);
            if (isolation == Isolation.REMOTE) {
                throw new UsageException("--isolation is 'remote', but the command line runs the function's code on this"
                        + " machine. Set it to in-process or forked; a deployed function is invoked with"
                        + " 'aws lambda invoke'.");
            }
            return isolation;
        } catch (InvalidConfigurationException e) {
            throw new UsageException("--isolation is '" + text + "', which names no isolation. Set it to in-process"
                    + " or forked.");
        }
    }

    /** The runtime the option names, by Lambda's identifier. */
    private static JavaRuntime runtime(String text) {
        try {
            return JavaRuntime.fromId(text);
        } catch (InvalidConfigurationException e) {
            List<String> ids = Arrays.stream(JavaRuntime.values()).map(JavaRuntime::id).collect(Collectors.toList());
            throw new UsageException("--runtime is '" + text + "', which names no Lambda Java runtime. Set it to "
                    + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ".");
        }
    }

    /** A function setting's whole number, within the range Lambda accepts. */
    private static int setting(String option, String text, IntRange range) {
        return number(option, text, range.min(), range.max(),
                "Lambda accepts " + range.min() + " to " + range.max() + " " + range.unit());
    }

    /**
     * A whole number from {@code min} to {@code max}: one too large for an {@code int} is out of
     * range like any other, not "not a number".
     */
    private static int number(String option, String text, int min, int max, String allowed) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new UsageException(option + " needs a whole number, got '" + text + "'.");
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new UsageException(option + " " + text + " is out of range: " + allowed + ". Give a whole number"
                    + " from " + min + " to " + max + ".");
        }
        return value.intValueExact();
    }

    /** Bad usage: the message says what is wrong; a null message asks for the usage text alone. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
