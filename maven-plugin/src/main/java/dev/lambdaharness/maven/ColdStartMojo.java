package dev.lambdaharness.maven;

import dev.lambdaharness.core.internal.coldstart.ColdStartFunction;
import dev.lambdaharness.core.internal.coldstart.ColdStartRun;
import dev.lambdaharness.core.internal.coldstart.ColdStartRunner;
import dev.lambdaharness.core.internal.coldstart.ColdStartSuite;
import dev.lambdaharness.maven.internal.MeasuredFunctions;
import dev.lambdaharness.maven.internal.PackagedCode;
import dev.lambdaharness.maven.internal.TemplateFunctions;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Measures each declared function's cold start: {@code runs} cold starts, each in a fresh forked
 * environment running the AWS runtime interface client, with Init Duration, first-invoke Duration,
 * time to first response, classes loaded and Max Memory Used, their p50, p90, max and spread, and
 * the RIC's own start of the same code against a trivial Runtime API beside them as the floor. A
 * function whose median time to first response is over its budget (absolute, or relative to the
 * baseline an earlier run recorded) fails the build with its figures. Writes
 * {@code coldstart.json}, {@code baseline.json} and a self-contained {@code coldstart.html} to
 * {@code target/lambda-harness/coldstart/}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.lambdaharness</groupId>
 *   <artifactId>lambda-harness-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>coldstart</goal></goals>
 *       <configuration>
 *         <budget>+20%</budget>
 *         <functions>
 *           <function>
 *             <handler>com.example.orders.CreateOrder::handleRequest</handler>
 *             <memory>512</memory>
 *           </function>
 *         </functions>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "coldstart", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class ColdStartMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The functions to measure: each a {@code <function>} with its {@code <handler>}, and optionally its name, memory, runtime, event, budget and code. */
    @Parameter
    private List<MeasuredFunction> functions;

    /**
     * The project's SAM or CloudFormation template, read when it exists: each function it declares is
     * measured under its logical id with the template's settings, and a {@code <function>} whose
     * {@code <name>} is that logical id changes its event, budget, memory, runtime or code.
     */
    @Parameter(property = "lambdaharness.template", defaultValue = "${project.basedir}/template.yaml")
    private File template;

    /** Cold starts per function, each in a fresh child JVM. */
    @Parameter(property = "lambdaharness.coldstart.runs", defaultValue = "10")
    private int runs;

    /**
     * The budget of each function's median time to first response where the function gives none: a
     * duration ({@code 800ms}, {@code 1.5s}, {@code PT2S}) or a share above the baseline's median ({@code +20%}).
     * No budget when absent: the figures are measured and reported only.
     */
    @Parameter(property = "lambdaharness.coldstart.budget")
    private String budget;

    /** The baseline: a result of an earlier run, kept with the project; relative budgets and the report's trend compare with it. */
    @Parameter(property = "lambdaharness.coldstart.baseline", defaultValue = "${project.basedir}/coldstart-baseline.json")
    private File baseline;

    /** Writes this run's result to {@code baseline} instead of holding budgets to it. */
    @Parameter(property = "lambdaharness.coldstart.updateBaseline", defaultValue = "false")
    private boolean updateBaseline;

    /** Measures the RIC's own start beside each cold start, as the floor. */
    @Parameter(property = "lambdaharness.coldstart.floor", defaultValue = "true")
    private boolean floor;

    /**
     * Holds each child, the RIC's own start too, to the share of a CPU its memory size gets on Lambda
     * (1,769 MB is one vCPU, so 128 MB gets about 7% of a core), by stopping and continuing it
     * (SIGSTOP/SIGCONT) every 100 ms: figures near Lambda's rather than this machine's. The report
     * says which mode ran and the CPU each child measurably got.
     */
    @Parameter(property = "lambdaharness.coldstart.cpuShare", defaultValue = "false")
    private boolean cpuShare;

    /** Runs one unmeasured cold start first, so that the harness's first use in Maven's JVM is in no figure. */
    @Parameter(property = "lambdaharness.coldstart.warmUp", defaultValue = "true")
    private boolean warmUp;

    /** Where {@code coldstart.json}, {@code baseline.json} and {@code coldstart.html} are written. */
    @Parameter(property = "lambdaharness.coldstart.outputDirectory", defaultValue = "${project.build.directory}/lambda-harness/coldstart")
    private File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "lambdaharness.coldstart.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda-harness:coldstart (lambdaharness.coldstart.skip).");
            return;
        }
        if (runs < 1) {
            throw new MojoFailureException("runs = " + runs + " (lambdaharness.coldstart.runs): a cold-start suite needs at least"
                    + " one cold start per function; set it to 1 or more (10 gives a steady median).");
        }
        ColdStartSuite.Outcome outcome;
        try {
            List<Path> projectCode = PackagedCode.entries(project);
            List<ColdStartFunction> measured = MeasuredFunctions.resolve(functions,
                    TemplateFunctions.read(template, project.getBasedir().toPath(), projectCode), budget,
                    project.getBasedir().toPath(), projectCode);
            ColdStartRun run = new ColdStartRun(project.getGroupId() + ":" + project.getArtifactId(), plugin.getVersion(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), runs, cpuShare);
            ColdStartSuite.Settings settings = new ColdStartSuite.Settings(run, measured, floor, warmUp, baseline.toPath(),
                    "lambdaharness.coldstart.baseline", updateBaseline, outputDirectory.toPath());
            outcome = ColdStartSuite.run(settings, getLog()::info);
        } catch (IllegalArgumentException | ColdStartRunner.ColdStartFailure e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (!outcome.overBudget().isEmpty()) {
            throw new MojoFailureException("Cold start over budget: " + String.join("; ", outcome.overBudget()) + ". Report: "
                    + outcome.report());
        }
    }
}
