package dev.lambdaharness.maven;

import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceFunction;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.ConformanceSuite;
import dev.lambdaharness.conformance.Severity;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.maven.internal.CheckedFunctions;
import dev.lambdaharness.maven.internal.PackagedCode;
import dev.lambdaharness.maven.internal.TemplateFunctions;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the conformance suite on each declared function: the best-practice rules on its classes and
 * the contract checks on real invocations (docs/conformance.md). Prints the summary, writes
 * {@code conformance.json}, {@code TEST-lambda-harness-conformance.xml} and {@code conformance.html}
 * to {@code target/lambda-harness/}, and fails the build on findings at or above {@code failOn},
 * naming each.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.lambdaharness</groupId>
 *   <artifactId>lambda-harness-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>conformance</goal></goals>
 *       <configuration>
 *         <functions>
 *           <function>
 *             <handler>com.example.orders.CreateOrder::handleRequest</handler>
 *             <ignoredPaths><ignoredPath>/body/orderId</ignoredPath></ignoredPaths>
 *           </function>
 *         </functions>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "conformance", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class ConformanceMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The functions to check: each a {@code <function>} with its {@code <handler>}, and optionally its
     * name, memory, timeout, ephemeralStorage, environment, events, ignoredPaths, deploymentPackage and code.
     */
    @Parameter
    private List<CheckedFunction> functions;

    /**
     * The project's SAM or CloudFormation template, read when it exists: each function it declares is
     * checked under its logical id with the template's settings, and a {@code <function>} whose
     * {@code <name>} is that logical id changes its settings, events, ignored paths or code.
     */
    @Parameter(property = "lambdaharness.template", defaultValue = "${project.basedir}/template.yaml")
    private File template;

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "lambdaharness.conformance.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Where the checks invoke: {@code in-process} (watches threads and {@code /tmp}) or {@code forked}
     * (a child JVM per environment running the AWS runtime interface client; measures memory).
     */
    @Parameter(property = "lambdaharness.conformance.isolation", defaultValue = "in-process")
    private String isolation;

    /** Runs the best-practice rules beside the contract checks. */
    @Parameter(property = "lambdaharness.conformance.rules", defaultValue = "true")
    private boolean rules;

    /** Where the reports are written. */
    @Parameter(property = "lambdaharness.conformance.outputDirectory", defaultValue = "${project.build.directory}/lambda-harness")
    private File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "lambdaharness.conformance.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda-harness:conformance (lambdaharness.conformance.skip).");
            return;
        }
        Severity threshold;
        ConformanceReport report;
        List<Path> projectCode = PackagedCode.entries(project);
        try {
            threshold = severity(failOn);
            ConformanceSuite.Builder suite = ConformanceSuite.builder().isolation(isolation(isolation)).rules(rules);
            Optional<Template> read = TemplateFunctions.template(template, project.getBasedir().toPath(), projectCode);
            read.ifPresent(suite::template);
            List<TemplateFunctions.Found> fromTemplate = read.map(TemplateFunctions::functions).orElse(List.of());
            for (ConformanceFunction function : CheckedFunctions.resolve(functions, fromTemplate, project.getBasedir().toPath(),
                    projectCode)) {
                suite.function(function);
            }
            report = runWithProjectClasses(suite.build(), projectCode);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        report.summary().lines().forEach(getLog()::info);
        List<Path> files;
        try {
            files = report.writeAll(outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("The conformance reports could not be written to " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        getLog().info("Reports: " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        List<CheckResult> findings = report.findingsAtOrAbove(threshold);
        if (!findings.isEmpty()) {
            throw new MojoFailureException(findings.size() + " conformance finding(s) at or above "
                    + threshold.name().toLowerCase(Locale.ROOT) + ": " + findings.stream()
                    .map(f -> f.function() + " " + f.check() + " (" + f.severity() + "): " + f.message())
                    .collect(Collectors.joining("; ")) + ". Report: " + files.get(2));
        }
    }

    /** The rules load handler classes (never initialising them) through the context class loader: the project's code. */
    private static ConformanceReport runWithProjectClasses(ConformanceSuite suite, List<Path> projectCode) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(projectCode), ConformanceMojo.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            return suite.run();
        } catch (IOException e) {
            throw new IllegalArgumentException("the project's classes could not be read: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static URL[] urls(List<Path> paths) throws MalformedURLException {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = paths.get(i).toUri().toURL();
        }
        return urls;
    }

    private static Severity severity(String value) {
        try {
            return Severity.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn = " + value + " (lambdaharness.conformance.failOn) is not a severity: use"
                    + " error, warning or info.");
        }
    }

    private static Isolation isolation(String value) {
        String normal = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (normal) {
            case "in-process", "in_process" -> Isolation.IN_PROCESS;
            case "forked" -> Isolation.FORKED;
            default -> throw new IllegalArgumentException("isolation = " + value + " (lambdaharness.conformance.isolation) is not"
                    + " one the checks run in: use in-process or forked.");
        };
    }
}
