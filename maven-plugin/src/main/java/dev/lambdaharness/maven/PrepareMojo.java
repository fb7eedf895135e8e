package dev.lambdaharness.maven;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.maven.internal.ArgLine;
import dev.lambdaharness.maven.internal.FunctionCodeList;
import dev.lambdaharness.maven.internal.PackagedCode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the function's exact code — the project's main classes and its runtime-scope dependencies
 * as Maven resolved them, what its deployment package holds — to a file, and hands the file to
 * Surefire and Failsafe by putting {@code -Dlambdaharness.functionCode=<file>} in front of the
 * {@code argLine} property, as JaCoCo's {@code prepare-agent} hands over its agent. {@code @LambdaTest}
 * and {@code FunctionCode.fromTestClasspath()} then run exactly that code.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.lambdaharness</groupId>
 *   <artifactId>lambda-harness-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>prepare</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * A Surefire or Failsafe configuration that sets its own {@code <argLine>} keeps the hand-off by
 * starting it with {@code @{argLine}}.
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PrepareMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The file the function's code is written to. */
    @Parameter(property = "lambdaharness.prepare.file",
            defaultValue = "${project.build.directory}/lambda-harness/function-code.txt")
    private File file;

    /** The project property that carries the argument to Surefire and Failsafe. */
    @Parameter(property = "lambdaharness.prepare.propertyName", defaultValue = "argLine")
    private String propertyName;

    /** Skips the goal; the property is then left as it is (set to empty when absent). */
    @Parameter(property = "lambdaharness.prepare.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            ArgLine.whenSkipped(project.getProperties(), propertyName);
            getLog().info("Skipping lambda-harness:prepare: tests use the test class path less test tools as the function's code.");
            return;
        }
        List<Path> dependencies = PackagedCode.dependencies(project);
        List<Path> written;
        try {
            written = FunctionCodeList.write(file.toPath(), Path.of(project.getBuild().getOutputDirectory()), dependencies);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the function's code to " + file + " (" + e.getMessage()
                    + "). Check that the folder is writable, or set <file> to another path.", e);
        }
        String value = ArgLine.prepend(project.getProperties(), propertyName, FunctionCode.FUNCTION_CODE_PROPERTY,
                file.getAbsolutePath());
        getLog().info("Function code (" + written.size() + " entries) written to " + file + "; " + propertyName + " is now: " + value);
    }
}
