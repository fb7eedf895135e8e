package dev.lambdaharness.maven.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.internal.coldstart.ColdStartBudget;
import dev.lambdaharness.core.internal.coldstart.ColdStartFunction;
import dev.lambdaharness.maven.MeasuredFunction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        String name = function.getName() != null ? function.getName() : simpleName(handler);
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
        return new ColdStartFunction(name, config.build(), code(function.getCode(), label, basedir, projectCode), event, budget);
    }

    private static FunctionCode code(List<File> declared, String label, Path basedir, List<Path> projectCode) {
        if (declared == null || declared.isEmpty()) {
            if (projectCode.isEmpty()) {
                throw new IllegalArgumentException(label + " runs the project's code, and the project has no compiled classes or"
                        + " runtime dependencies: run the goal after compile (it binds to verify), or give the function its <code>.");
            }
            return FunctionCode.fromPaths(projectCode);
        }
        List<Path> paths = declared.stream().map(file -> basedir.resolve(file.toPath())).collect(Collectors.toList());
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException(label + " <code> lists " + path + ", which does not exist; list class folders"
                        + " and jars, or one deployment package .zip, that the build has made.");
            }
        }
        if (paths.size() == 1 && paths.get(0).getFileName().toString().endsWith(".zip")) {
            return FunctionCode.fromDeploymentPackage(paths.get(0));
        }
        return FunctionCode.fromPaths(paths);
    }

    /** {@code com.example.Hello::handleRequest} is {@code Hello}. */
    private static String simpleName(String handler) {
        String type = handler.trim().split("::", 2)[0];
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
