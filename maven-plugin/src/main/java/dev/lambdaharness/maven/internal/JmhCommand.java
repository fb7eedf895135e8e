package dev.lambdaharness.maven.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of the JMH run of the {@code benchmark} goal: JMH's own {@code Main} in a JVM of
 * its own, on the harness's and JMH's jars, running {@code HandlerBenchmark} with the function as
 * its {@code @Param}s, writing JMH's JSON result, with the user's own JMH options last (so they win).
 *
 * <pre>{@code
 * List<String> command = JmhCommand.of(javaHome, pluginJars, "com.example.Hello::handleRequest", projectCode,
 *         "sqs/receive-message", 512, "forked", resultFile, "-f 2 -i 20");
 * }</pre>
 */
public final class JmhCommand {

    /** The benchmark class, as JMH's include pattern. */
    public static final String BENCHMARK = "dev.lambdaharness.conformance.HandlerBenchmark";

    private JmhCommand() {
    }

    /**
     * The command.
     *
     * @param javaHome the JDK to run JMH on
     * @param classPath the harness's and JMH's jars
     * @param code the function's code
     * @param extraArguments JMH options separated by white space, or null
     * @throws IllegalArgumentException when a parameter holds a comma, which JMH reads as a list of values
     */
    public static List<String> of(Path javaHome, List<Path> classPath, String handler, List<Path> code, String event, int memory,
                                  String isolation, Path resultFile, String extraArguments) {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(), "-cp",
                classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                "org.openjdk.jmh.Main", BENCHMARK));
        parameter(command, "handler", handler);
        parameter(command, "code", code.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        parameter(command, "event", event);
        parameter(command, "memory", Integer.toString(memory));
        parameter(command, "isolation", isolation);
        command.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
        if (extraArguments != null && !extraArguments.isBlank()) {
            command.addAll(List.of(extraArguments.trim().split("\\s+")));
        }
        return command;
    }

    private static void parameter(List<String> command, String name, String value) {
        if (value.contains(",")) {
            throw new IllegalArgumentException("The benchmark's " + name + " '" + value + "' holds a comma, which JMH reads as"
                    + " a list of values; give it without one (move or rename a file whose path has one).");
        }
        command.add("-p");
        command.add(name + "=" + value);
    }
}
