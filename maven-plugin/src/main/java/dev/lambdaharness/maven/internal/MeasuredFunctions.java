package dev.lambdaharness.maven.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.internal.coldstart.ColdStartBudget;
import dev.lambdaharness.core.internal.coldstart.ColdStartFunction;
import dev.lambdaharness.maven.MeasuredFunction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code coldstart} goal's {@code <functions>} turned into what the suite measures, every
 * setting checked before any child starts, each refusal one line naming the function, the setting,
 * the value and the fix.
 *
 * <pre>{@code
 * List<ColdStartFunction> functions = MeasuredFunctions.resolve(declared, defaultBudget, basedir, projectCode);
 * }</pre>
 */
public final class MeasuredFunctions {

    private MeasuredFunctions() {
    }

    /**
     * Resolves the declared functions.
     *
     * @param defaultBudget the goal's budget, for functions without their own; may be null
     * @param projectCode the project's function code, for functions without their own
     * @throws IllegalArgumentException with one line per refusal
     */
    public static List<ColdStartFunction> resolve(List<MeasuredFunction> declared, String defaultBudget, Path basedir,
                                                  List<Path> projectCode) {
        return resolve(declared, List.of(), defaultBudget, basedir, projectCode);
    }

    /**
     * Resolves the template's functions, each with the {@code <function>} named after its logical id
     * when there is one (its event, budget, memory, runtime or handler win), then the other declared ones.
     *
     * @throws IllegalArgumentException with one line per refusal
     */
    public static List<ColdStartFunction> resolve(List<MeasuredFunction> declared, List<TemplateFunctions.Found> fromTemplate,
                                                  String defaultBudget, Path basedir, List<Path> projectCode) {
        List<MeasuredFunction> entries = declared == null ? List.of() : declared;
        if (entries.isEmpty() && fromTemplate.isEmpty()) {
            throw new IllegalArgumentException("<functions> is empty and the project has no template.yaml: declare each"
                    + " function to measure in the plugin's configuration, with at least its <handler>, or point"
                    + " <template> (lambdaharness.template) at the SAM template that declares them.");
        }
        List<ColdStartFunction> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<MeasuredFunction> overrides = new ArrayList<>();
        for (TemplateFunctions.Found found : fromTemplate) {
            MeasuredFunction override = entries.stream().filter(entry -> found.name().equals(entry.getName())).findFirst()
                    .orElse(null);
            if (override != null) {
                overrides.add(override);
            }
            names.add(found.name());
            functions.add(resolve(found, override, defaultBudget, basedir));
        }
        for (int i = 0; i < entries.size(); i++) {
            MeasuredFunction function = entries.get(i);
            if (overrides.contains(function)) {
                continue;
            }
            ColdStartFunction resolved = resolve(function, "<functions> item " + (i + 1), defaultBudget, basedir, projectCode);
            if (!names.add(resolved.name())) {
                throw new IllegalArgumentException("Two functions are named " + resolved.name() + " in <functions>; give each"
                        + " a <name> of its own, which its figures are reported and kept in the baseline under.");
            }
            functions.add(resolved);
        }
        return functions;
    }

    /** A template's function, with what its {@code <function>} entry changes. */
    private static ColdStartFunction resolve(TemplateFunctions.Found found, MeasuredFunction override, String defaultBudget,
                                             Path basedir) {
        String label = "Function " + found.name();
        FunctionConfig.Builder config = found.config().toBuilder();
        String budgetText = defaultBudget;
        String budgetParameter = "lambdaharness.coldstart.budget";
        byte[] event = null;
        FunctionCode code = found.code();
        if (override != null) {
            TemplateFunctions.refuseHandler(override.getHandler(), found.name());
            if (override.getMemory() != null) {
                config.memorySize(override.getMemory());
            }
            if (override.getRuntime() != null) {
                config.runtime(JavaRuntime.fromId(override.getRuntime().trim()));
            }
            if (override.getBudget() != null) {
                budgetText = override.getBudget();
                budgetParameter = label + " <budget>";
            }
            if (override.getEvent() != null) {
                event = EventInput.read(basedir, override.getEvent().trim(), Map.of(), label + " <event>");
            }
            if (override.getCode() != null && !override.getCode().isEmpty()) {
                code = DeclaredFunctions.code(override.getCode(), label, basedir, List.of());
            }
        }
        if (event == null) {
            // The template says what invokes the function, not with what: the first fixture of its input type stands in.
            event = found.defaultEvent().map(fixture -> fixture.asBytes()).orElse("{}".getBytes(StandardCharsets.UTF_8));
        }
        Optional<ColdStartBudget> budget = budgetText == null || budgetText.isBlank() ? Optional.empty()
                : Optional.of(ColdStartBudget.parse(budgetParameter, budgetText));
        return new ColdStartFunction(found.name(), config.build(), code, event, budget);
    }

    private static ColdStartFunction resolve(MeasuredFunction function, String where, String defaultBudget, Path basedir,
                                             List<Path> projectCode) {
        String handler = function.getHandler();
        if (handler == null || handler.isBlank()) {
            throw new IllegalArgumentException(where + " has no <handler>: give the handler string as Lambda takes it,"
                    + " such as <handler>com.example.Hello::handleRequest</handler>.");
        }
        String name = DeclaredFunctions.name(function);
        String label = "Function " + name;
        FunctionConfig.Builder config = FunctionConfig.builder(handler.trim()).functionName(name);
        if (function.getMemory() != null) {
            config.memorySize(function.getMemory());
        }
        if (function.getRuntime() != null) {
            config.runtime(JavaRuntime.fromId(function.getRuntime().trim()));
        }
        String budgetText = function.getBudget() != null ? function.getBudget() : defaultBudget;
        String budgetParameter = function.getBudget() != null ? label + " <budget>" : "lambdaharness.coldstart.budget";
        Optional<ColdStartBudget> budget = budgetText == null || budgetText.isBlank() ? Optional.empty()
                : Optional.of(ColdStartBudget.parse(budgetParameter, budgetText));
        byte[] event = function.getEvent() == null ? "{}".getBytes(StandardCharsets.UTF_8)
                : EventInput.read(basedir, function.getEvent().trim(), Map.of(), label + " <event>");
        FunctionCode code = DeclaredFunctions.code(function.getCode(), label, basedir, projectCode);
        return new ColdStartFunction(name, config.build(), code, event, budget);
    }
}
