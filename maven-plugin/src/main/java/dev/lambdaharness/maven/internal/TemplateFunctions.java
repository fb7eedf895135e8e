package dev.lambdaharness.maven.internal;

import dev.lambdaharness.conformance.internal.contract.HandlerInput;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.maven.DeclaredFunction;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            return HandlerInput.typeName(config.handler(), code).flatMap(type -> HandlerInput.fixtures(type).stream().findFirst());
        }
    }

    private TemplateFunctions() {
    }

    /**
     * The template's functions, each with the {@code <function>} entry named after its logical id if
     * there is one, and the entries left, which declare functions of their own (by their position
     * in {@code <functions>}, for messages).
     *
     * @param <T> the goal's kind of {@code <function>}
     * @param template each template function and the entry that adds to it, in the template's order
     * @param declared the other entries, by their 1-based position
     */
    public record Pairing<T extends DeclaredFunction>(List<Map.Entry<Found, Optional<T>>> template, Map<Integer, T> declared) {
    }

    /**
     * Pairs a template's functions with a goal's {@code <function>} entries.
     *
     * @param verb what the goal does with a function, for the message when there is none: "measure", "check"
     * @throws IllegalArgumentException when there is no function at all, or an entry named after a template's
     *     function names a handler
     */
    public static <T extends DeclaredFunction> Pairing<T> pair(List<Found> fromTemplate, List<T> declared, String verb) {
        List<T> entries = declared == null ? List.of() : declared;
        if (entries.isEmpty() && fromTemplate.isEmpty()) {
            throw new IllegalArgumentException("<functions> is empty and the project has no template.yaml: declare each"
                    + " function to " + verb + " in the plugin's configuration, with at least its <handler>, or point"
                    + " <template> (lambdaharness.template) at the SAM template that declares them.");
        }
        List<Map.Entry<Found, Optional<T>>> template = new ArrayList<>();
        List<T> used = new ArrayList<>();
        for (Found found : fromTemplate) {
            Optional<T> entry = entries.stream().filter(e -> found.name().equals(e.getName())).findFirst();
            entry.ifPresent(e -> {
                refuseHandler(e.getHandler(), found.name());
                used.add(e);
            });
            template.add(Map.entry(found, entry));
        }
        Map<Integer, T> others = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!used.contains(entries.get(i))) {
                others.put(i + 1, entries.get(i));
            }
        }
        return new Pairing<>(template, others);
    }

    /** A {@code <function>} named after a template's function adds to it; the handler stays the template's. */
    private static void refuseHandler(String handler, String logicalId) {
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
