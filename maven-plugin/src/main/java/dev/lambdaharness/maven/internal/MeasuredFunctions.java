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
        TemplateFunctions.Pairing<MeasuredFunction> pairing = TemplateFunctions.pair(fromTemplate, declared, "measure");
        List<ColdStartFunction> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<TemplateFunctions.Found, Optional<MeasuredFunction>> pair : pairing.template()) {
            names.add(pair.getKey().name());
            functions.add(resolve(pair.getKey(), pair.getValue().orElse(null), defaultBudget, basedir));
        }
        for (Map.Entry<Integer, MeasuredFunction> entry : pairing.declared().entrySet()) {
            ColdStartFunction resolved = resolve(entry.getValue(), "<functions> item " + entry.getKey(), defaultBudget, basedir,
                    projectCode);
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
