package dev.lambdaharness.maven;

import dev.lambdaharness.maven.internal.EventCatalogue;
import dev.lambdaharness.maven.internal.EventInput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints an event fixture with parameters, like {@code sam local generate-event}, or lists the
 * catalogue: every fixture without {@code -Devent}, a service's fixtures with their parameters for
 * {@code -Devent=sqs}. Needs no project.
 *
 * <pre>{@code
 * mvn -q dev.lambdaharness:lambda-harness-maven-plugin:VERSION:generate-event -Devent=sqs/receive-message -Dparameters=body=hi
 * mvn -q dev.lambdaharness:lambda-harness-maven-plugin:VERSION:generate-event -Devent=sqs
 * }</pre>
 *
 * <p>The JSON goes to standard output (with {@code -q}, nothing else does), or to {@code -Doutput=file}.
 */
@Mojo(name = "generate-event", requiresProject = false, aggregator = true, threadSafe = true)
public class GenerateEventMojo extends AbstractMojo {

    /** A fixture id such as {@code sqs/receive-message}, or a service such as {@code sqs} to list its fixtures; every fixture is listed when absent. */
    @Parameter(property = "event")
    private String event;

    /** The fixture's parameters: {@code name=value} separated by commas, such as {@code body=hi,queue=orders}. */
    @Parameter(property = "parameters")
    private String parameters;

    /** A file to write the event to instead of standard output. */
    @Parameter(property = "output")
    private File output;

    /** Skips the goal. */
    @Parameter(property = "lambdaharness.generateEvent.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping lambda-harness:generate-event (lambdaharness.generateEvent.skip).");
            return;
        }
        String text;
        try {
            if (event == null || event.isBlank()) {
                text = EventCatalogue.list();
            } else if (EventCatalogue.isService(event.trim())) {
                text = EventCatalogue.service(event.trim());
            } else {
                text = EventInput.pretty(EventInput.fixture(event.trim(), EventInput.parameters(parameters, "parameters"), "event"));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        if (output == null) {
            System.out.println(text);
            System.out.flush();
            return;
        }
        try {
            File parent = output.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            Files.writeString(output.toPath(), text + System.lineSeparator());
        } catch (IOException e) {
            throw new MojoFailureException("output = " + output + " cannot be written (" + e.getMessage() + "); give a writable file.");
        }
        getLog().info("Event written to " + output);
    }
}
