package dev.lambdaharness.maven.internal;

import dev.lambdaharness.conformance.internal.contract.HandlerInput;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventFixtures;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The functions a project's SAM or CloudFormation template declares, as the goals discover them:
 * each under its logical id, with the template's settings, and the project's own code where the
 * template puts the code in the project's folder ({@code CodeUri: .}). A goal measures or checks the
 * code of {@code $LATEST}: versions, aliases and provisioned concurrency are left to the runtime.
 *
 * <pre>{@code
 * List<TemplateFunctions.Found> found = TemplateFunctions.read(new File("template.yaml"), basedir, projectCode);
 * }</pre>
 */
public final class TemplateFunctions {

    /**
     * One function of the template.
     *
     * @param name its logical id
     * @param config its settings, to build on
     * @param code its code
     */
    public record Found(String name, FunctionConfig config, FunctionCode code) {

        /** The first built-in event fixture written for the handler's input type, if there is one. */
        public Optional<EventFixture> defaultEvent() {
            return HandlerInput.typeName(config.handler(), code).flatMap(type -> EventFixtures.catalogue().stream()
                    .filter(fixture -> fixture.typeName().filter(type::equals).isPresent()).findFirst());
        }
    }

    private TemplateFunctions() {
    }

    /** A {@code <function>} named after a template's function adds to it; the handler stays the template's. */
    static void refuseHandler(String handler, String logicalId) {
        if (handler != null && !handler.isBlank()) {
            throw new IllegalArgumentException("<function> " + logicalId + " has a <handler>, but " + logicalId + " comes"
                    + " from the template, which names its handler: leave <handler> out to change its other settings,"
                    + " or give the entry a <name> of its own to declare another function.");
        }
    }

    /**
     * @return the template's functions in its order; none when the file does not exist
     * @throws IllegalArgumentException (an {@code InvalidTemplateException}) naming what the template gets wrong
     */
    public static List<Found> read(File template, Path basedir, List<Path> projectCode) {
        return template(template, basedir, projectCode).map(TemplateFunctions::functions).orElse(List.of());
    }

    /**
     * The template, with the project's code for its own folder; empty when the file does not exist.
     *
     * @throws IllegalArgumentException (an {@code InvalidTemplateException}) naming what the template gets wrong
     */
    public static Optional<Template> template(File template, Path basedir, List<Path> projectCode) {
        if (template == null || !template.isFile()) {
            return Optional.empty();
        }
        Template read = Template.read(template.toPath());
        return Optional.of(projectCode.isEmpty() ? read : read.withProjectCode(basedir, FunctionCode.fromPaths(projectCode)));
    }

    /** The template's functions in its order. */
    public static List<Found> functions(Template read) {
        List<Found> found = new ArrayList<>();
        for (TemplateFunction function : read.functions()) {
            FunctionConfig config = function.config();
            FunctionConfig latest = config.toBuilder().alias(null, FunctionConfig.LATEST)
                    .concurrency(config.concurrency().withoutProvisioned()).build();
            found.add(new Found(function.logicalId(), latest, function.code()));
        }
        return found;
    }
}
