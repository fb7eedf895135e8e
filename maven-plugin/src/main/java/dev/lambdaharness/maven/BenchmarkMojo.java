package dev.lambdaharness.maven;

import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.maven.internal.JmhCommand;
import dev.lambdaharness.maven.internal.PackagedCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the harness's precompiled JMH benchmark, {@code HandlerBenchmark}, on one of the project's
 * handlers: cold starts ({@code SingleShotTime}, each a new environment, forked by default so each
 * is a new JVM) and warm invocations ({@code SampleTime}), with JMH's own {@code Main} in a JVM of
 * its own; JMH's output is printed as it runs, and its JSON result written to
 * {@code target/lambda-harness/jmh-result.json}. The {@code coldstart} goal is the turnkey form of
 * the same measurement; this one gives JMH's raw figures and options.
 *
 * <pre>{@code
 * mvn compile lambda-harness:benchmark -Dlambdaharness.benchmark.handler=com.example.Hello::handleRequest \
 *     -Dlambdaharness.benchmark.event=events/hello.json -Dlambdaharness.benchmark.jmhArguments="-f 2 -i 20"
 * }</pre>
 */
@Mojo(name = "benchmark", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BenchmarkMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The handler string, as Lambda takes it. */
    @Parameter(property = "lambdaharness.benchmark.handler")
    private String handler;

    /** The event: a JSON file relative to the project's folder, or an event fixture id; {@code {}} when absent. */
    @Parameter(property = "lambdaharness.benchmark.event", defaultValue = "{}")
    private String event;

    /** Memory in MB. */
    @Parameter(property = "lambdaharness.benchmark.memory", defaultValue = "512")
    private int memory;

    /** {@code forked} (a child JVM per environment, with the AWS runtime interface client) or {@code in-process}. */
    @Parameter(property = "lambdaharness.benchmark.isolation", defaultValue = "forked")
    private String isolation;

    /** More JMH options, separated by white space, after the goal's own (so they win): {@code -f 2 -i 20}, {@code -prof gc}. */
    @Parameter(property = "lambdaharness.benchmark.jmhArguments")
    private String jmhArguments;

    /** Where JMH writes its JSON result. */
    @Parameter(property = "lambdaharness.benchmark.result", defaultValue = "${project.build.directory}/lambda-harness/jmh-result.json")
    private File result;

    /** Skips the goal. */
    @Parameter(property = "lambdaharness.benchmark.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda-harness:benchmark (lambdaharness.benchmark.skip).");
            return;
        }
        if (handler == null || handler.isBlank()) {
            throw new MojoFailureException("No handler: give it with -Dlambdaharness.benchmark.handler=com.example.Hello::handleRequest.");
        }
        List<Path> code = PackagedCode.entries(project);
        if (code.isEmpty()) {
            throw new MojoFailureException("The project has no compiled classes or runtime dependencies to benchmark: run the goal"
                    + " after compile (mvn compile lambda-harness:benchmark ...).");
        }
        List<Path> classPath = plugin.getArtifacts().stream().map(Artifact::getFile).filter(file -> file != null)
                .map(File::toPath).collect(Collectors.toList());
        List<String> command;
        try {
            Files.createDirectories(result.toPath().toAbsolutePath().getParent());
            command = JmhCommand.of(Path.of(System.getProperty("java.home")), classPath, handler.trim(), code, event.trim(), memory,
                    isolation.trim(), result.toPath().toAbsolutePath(), jmhArguments);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create the folder of " + result + ": " + e.getMessage(), e);
        }
        getLog().info("Running JMH: " + String.join(" ", command.subList(3, command.size())));
        int status = run(command, project.getBasedir());
        if (status != 0) {
            throw new MojoFailureException("JMH ended with status " + status + "; its output above says why.");
        }
        getLog().info("JMH result: " + result);
    }

    /**
     * Runs JMH with this JVM's standard streams; it, and the forks it started, end with Maven when
     * Maven ends first: on a normal end or Ctrl-C through the shutdown hook, on {@code kill -9}
     * through the watcher its command line carries.
     */
    private static int run(List<String> command, File directory) throws MojoExecutionException {
        Process process;
        try {
            process = new ProcessBuilder(ChildCommandLine.ownedBy(command, ProcessHandle.current().pid())).directory(directory)
                    .inheritIO().start();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start JMH: " + e.getMessage(), e);
        }
        Thread stop = new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }, "lambda-harness-jmh-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.run();
            throw new MojoExecutionException("Interrupted while JMH ran", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Maven is shutting down: the hook runs.
            }
        }
    }
}
