package dev.lambdaharness.maven;

import dev.lambdaharness.core.internal.cli.Main;
import dev.lambdaharness.maven.internal.EventInput;
import dev.lambdaharness.maven.internal.PackagedCode;
import dev.lambdaharness.maven.internal.ProblemLines;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs one handler on one event, like {@code sam local invoke} without Docker: the response payload
 * (or the error document) on standard output, the function's logs and {@code REPORT} on standard
 * error. The event is a JSON file or an event fixture id with parameters. Needs no project: outside
 * one, give the code with {@code -Dclasspath}; inside one, the code is by default the project's main
 * classes and runtime-scope dependencies (compile first).
 *
 * <pre>{@code
 * mvn compile lambda-harness:invoke -Dhandler=com.example.orders.CreateOrder::handleRequest \
 *     -Devent=apigateway/http-api-v2 -Dparameters=method=POST,path=orders
 * mvn dev.lambdaharness:lambda-harness-maven-plugin:VERSION:invoke -Dhandler=com.example.Hello \
 *     -Dclasspath=target/hello.zip -Devent=events/hello.json
 * }</pre>
 *
 * <p>A function error fails the goal (after printing the error document), as does bad input, with
 * one line naming what to fix.
 */
@Mojo(name = "invoke", requiresProject = false, aggregator = true, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class InvokeMojo extends AbstractMojo {

    /** The command line's options and the goal's properties that give them, for its messages. */
    private static final Map<String, String> PROPERTIES = properties();

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The handler string, as Lambda takes it: {@code com.example.Hello::handleRequest}. */
    @Parameter(property = "handler")
    private String handler;

    /** The event: a JSON file (relative to the current folder), or an event fixture id such as {@code sqs/receive-message}; {@code {}} when absent. */
    @Parameter(property = "event")
    private String event;

    /** A fixture's parameters: {@code name=value} separated by commas, such as {@code body=hi,queue=orders}. */
    @Parameter(property = "parameters")
    private String parameters;

    /**
     * The function's code: class folders and jars separated by the path separator, a task root, or a
     * deployment package {@code .zip}. In a project, its main classes and runtime-scope dependencies by default.
     */
    @Parameter(property = "classpath")
    private String classpath;

    /** Layers: {@code .zip} files, folders holding {@code java/lib/*.jar}, or jars. */
    @Parameter(property = "layers")
    private List<File> layers;

    /** Memory size in MB (128 to 10240); 128 when absent. */
    @Parameter(property = "memory")
    private Integer memory;

    /** Timeout in seconds (1 to 900); 3 when absent. */
    @Parameter(property = "timeout")
    private Integer timeout;

    /** The runtime: {@code java17}, {@code java21} or {@code java25}; the newest the JDK running Maven can run when absent. */
    @Parameter(property = "runtime")
    private String runtime;

    /** The function's name; the handler's class name when absent. */
    @Parameter(property = "functionName")
    private String functionName;

    /** Environment variables, {@code KEY=VALUE} each. */
    @Parameter(property = "env")
    private List<String> env;

    /** Environment variables in the JSON of {@code sam local invoke --env-vars}. */
    @Parameter(property = "envFile")
    private File envFile;

    /** {@code in-process} (the default) or {@code forked} (a child JVM running the AWS runtime interface client). */
    @Parameter(property = "isolation")
    private String isolation;

    /** Prints one JSON document (payload, error, logs, report) instead of the payload and the logs. */
    @Parameter(property = "json", defaultValue = "false")
    private boolean json;

    /** Skips the goal. */
    @Parameter(property = "lambdaharness.invoke.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda-harness:invoke (lambdaharness.invoke.skip).");
            return;
        }
        if (handler == null || handler.isBlank()) {
            throw new MojoFailureException("No handler: give it with -Dhandler=com.example.Hello::handleRequest (the handler"
                    + " string as Lambda takes it).");
        }
        Path basedir = basedir();
        byte[] payload;
        try {
            payload = event == null ? "{}".getBytes(StandardCharsets.UTF_8)
                    : EventInput.read(basedir, event, EventInput.parameters(parameters, "parameters"), "event");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        List<String> args = new ArrayList<>(List.of("invoke", "--handler", handler, "--classpath", code(basedir), "--event", "-"));
        option(args, "--memory", memory);
        option(args, "--timeout", timeout);
        option(args, "--runtime", runtime);
        option(args, "--function-name", functionName);
        option(args, "--isolation", isolation);
        option(args, "--env-file", envFile == null ? null : basedir.resolve(envFile.toPath()));
        if (env != null) {
            env.forEach(variable -> option(args, "--env", variable));
        }
        if (layers != null) {
            layers.forEach(layer -> option(args, "--layer", basedir.resolve(layer.toPath())));
        }
        if (json) {
            args.add("--json");
        }
        ProblemLines problems = new ProblemLines(System.err);
        int status = Main.run(args.toArray(new String[0]), new ByteArrayInputStream(payload), System.out, problems.stream());
        System.out.flush();
        if (status == Main.FUNCTION_ERROR) {
            throw new MojoFailureException("The function returned an error (its error document is printed above).");
        }
        if (status != Main.SUCCESS) {
            // The command line's problem lines name its options; the user gave properties.
            String problem = String.join(" ", problems.problems());
            for (Map.Entry<String, String> option : PROPERTIES.entrySet()) {
                problem = problem.replace(option.getKey() + " ", option.getValue() + "=");
            }
            throw new MojoFailureException(problem);
        }
    }

    /** The folder relative paths are read from: the project's, or the current one outside a project. */
    private Path basedir() {
        File folder = project == null ? null : project.getBasedir();
        return (folder != null ? folder.toPath() : Path.of("")).toAbsolutePath();
    }

    private String code(Path basedir) throws MojoFailureException {
        if (classpath != null && !classpath.isBlank()) {
            return List.of(classpath.split(File.pathSeparator)).stream()
                    .map(entry -> basedir.resolve(entry.trim()).toString()).collect(Collectors.joining(File.pathSeparator));
        }
        List<Path> entries = project == null || project.getFile() == null ? List.of() : PackagedCode.entries(project);
        if (entries.isEmpty()) {
            throw new MojoFailureException("No function code: give it with -Dclasspath=<class folders and jars, a task root or a"
                    + " deployment package .zip>, or run the goal in a project after compile, whose code is then the default.");
        }
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("--handler", "-Dhandler");
        properties.put("--classpath", "-Dclasspath");
        properties.put("--memory", "-Dmemory");
        properties.put("--timeout", "-Dtimeout");
        properties.put("--runtime", "-Druntime");
        properties.put("--function-name", "-DfunctionName");
        properties.put("--isolation", "-Disolation");
        properties.put("--env-file", "-DenvFile");
        properties.put("--env", "-Denv");
        properties.put("--layer", "-Dlayers");
        return properties;
    }

    private static void option(List<String> args, String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value.toString());
        }
    }
}
