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
        if (declared == null || declared.isEmpty()) {
            throw new IllegalArgumentException("<functions> is empty: declare each function to measure in the plugin's"
                    + " configuration, with at least its <handler>.");
        }
        List<ColdStartFunction> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            MeasuredFunction function = declared.get(i);
            ColdStartFunction resolved = resolve(function, "<functions> item " + (i + 1), defaultBudget, basedir, projectCode);
            if (!names.add(resolved.name())) {
                throw new IllegalArgumentException("Two functions are named " + resolved.name() + " in <functions>; give each"
                        + " a <name> of its own, which its figures are reported and kept in the baseline under.");
            }
            functions.add(resolved);
        }
        return functions;
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
