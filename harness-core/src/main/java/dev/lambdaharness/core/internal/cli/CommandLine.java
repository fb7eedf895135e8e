package dev.lambdaharness.core.internal.cli;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed arguments of {@code lambda-harness invoke}. Parsing fails with a {@link UsageException}
 * whose message names the bad argument and the fix.
 */
final class CommandLine {

    static final String USAGE = String.join("\n",
            "Usage: lambda-harness invoke --handler HANDLER --classpath PATHS --event FILE|- [--event FILE]...",
            "                             [--memory MB] [--timeout SECONDS] [--env KEY=VALUE]... [--json]",
            "                             [--isolation in-process|forked] [--debug-port PORT]",
            "",
            "Runs a Lambda Java handler on one or more events, as the Lambda Java runtime would, without Docker.",
            "",
            "  --handler    the handler, e.g. com.example.Handler::handleRequest",
            "  --classpath  the function's code: class folders and jars separated by '" + java.io.File.pathSeparator
                    + "', a task root (a folder with lib/), or a deployment package (.zip)",
            "  --event      a JSON event file, or - for standard input; repeat it to invoke again on the same",
            "               (then warm) environment",
            "  --memory     memory size in MB (128-10240, default 128)",
            "  --timeout    timeout in seconds (1-900, default 3)",
            "  --env        an environment variable for the function; repeatable",
            "  --json       print one JSON document per invocation (payload, error, logs, report) on stdout",
            "  --isolation  in-process (default: fast, inside this JVM) or forked (a JVM per environment running",
            "               the real AWS runtime interface client; Linux only)",
            "  --debug-port a forked environment's JVM waits for a debugger on 127.0.0.1:PORT before it starts",
            "               the function; timeouts are not enforced while debugging (in-process: attach to this JVM)",
            "",
            "Prints the response payload (or the error document) on stdout and the logs on stderr.",
            "Exit status: 0 success, 1 function error, 2 bad usage.");

    final String handler;
    final List<Path> classpath;
    final List<String> events;
    final Integer memory;
    final Integer timeout;
    final Map<String, String> environment;
    final boolean json;
    final Isolation isolation;
    final Integer debugPort;

    private CommandLine(String handler, List<Path> classpath, List<String> events, Integer memory, Integer timeout,
            Map<String, String> environment, boolean json, Isolation isolation, Integer debugPort) {
        this.handler = handler;
        this.classpath = classpath;
        this.events = events;
        this.memory = memory;
        this.timeout = timeout;
        this.environment = environment;
        this.json = json;
        this.isolation = isolation;
        this.debugPort = debugPort;
    }

    static CommandLine parse(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            throw new UsageException(null);
        }
        if (!args[0].equals("invoke")) {
            throw new UsageException("Unknown command '" + args[0] + "'. The command is 'invoke'.");
        }
        String handler = null;
        List<Path> classpath = new ArrayList<>();
        List<String> events = new ArrayList<>();
        Integer memory = null;
        Integer timeout = null;
        Map<String, String> environment = new LinkedHashMap<>();
        boolean json = false;
        Isolation isolation = Isolation.IN_PROCESS;
        Integer debugPort = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--handler":
                    handler = value(args, ++i, arg);
                    break;
                case "--classpath":
                case "-cp":
                    for (String entry : value(args, ++i, arg).split(java.io.File.pathSeparator)) {
                        if (!entry.isEmpty()) {
                            classpath.add(Paths.get(entry));
                        }
                    }
                    break;
                case "--event":
                    events.add(value(args, ++i, arg));
                    break;
                case "--memory":
                    memory = number(value(args, ++i, arg), arg);
                    break;
                case "--timeout":
                    timeout = number(value(args, ++i, arg), arg);
                    break;
                case "--env":
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new UsageException("--env needs KEY=VALUE, got '" + pair + "'. Write it as --env TABLE=orders.");
                    }
                    environment.put(pair.substring(0, equals), pair.substring(equals + 1));
                    break;
                case "--json":
                    json = true;
                    break;
                case "--isolation":
                    isolation = isolation(value(args, ++i, arg));
                    break;
                case "--debug-port":
                    debugPort = number(value(args, ++i, arg), arg);
                    break;
                case "--help":
                case "-h":
                    throw new UsageException(null);
                default:
                    throw new UsageException("Unknown option '" + arg + "'. See the options below.");
            }
        }
        if (handler == null) {
            throw new UsageException("--handler is missing. Name the handler, e.g. --handler com.example.Handler::handleRequest.");
        }
        if (classpath.isEmpty()) {
            throw new UsageException("--classpath is missing. Give the function's classes, e.g. --classpath target/classes.");
        }
        if (events.isEmpty()) {
            throw new UsageException("--event is missing. Give a JSON file, or - to read the event from standard input.");
        }
        if (events.stream().filter("-"::equals).count() > 1) {
            throw new UsageException("--event - appears twice, but standard input can be read only once. Use files.");
        }
        return new CommandLine(handler, List.copyOf(classpath), List.copyOf(events), memory, timeout,
                environment, json, isolation, debugPort);
    }

    /** The isolation the option names, in any spelling {@link Isolation#fromId(String)} accepts. */
    private static Isolation isolation(String text) {
        try {
            return Isolation.fromId(text);
        } catch (InvalidConfigurationException e) {
            throw new UsageException("--isolation is '" + text + "', which names no isolation. Set it to in-process"
                    + " or forked.");
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value. See the options below.");
        }
        return args[index];
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, got '" + text + "'.");
        }
    }

    /** Bad usage: the message says what is wrong; a null message asks for the usage text alone. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
