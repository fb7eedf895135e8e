package dev.lambdaharness.maven.internal;

import dev.lambdaharness.conformance.ConformanceFunction;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.maven.CheckedFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code conformance} goal's {@code <functions>} turned into the suite's functions, each
 * setting checked before anything runs, each refusal one line naming the function, the setting,
 * the value and the fix.
 *
 * <pre>{@code
 * List<ConformanceFunction> functions = CheckedFunctions.resolve(declared, basedir, projectCode);
 * }</pre>
 */
public final class CheckedFunctions {

    private CheckedFunctions() {
    }

    /**
     * @param projectCode the project's function code, for functions without their own
     * @throws IllegalArgumentException with one line per refusal
     */
    public static List<ConformanceFunction> resolve(List<CheckedFunction> declared, Path basedir, List<Path> projectCode) {
        if (declared == null || declared.isEmpty()) {
            throw new IllegalArgumentException("<functions> is empty: declare each function to check in the plugin's"
                    + " configuration, with at least its <handler>.");
        }
        List<ConformanceFunction> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < declared.size(); i++) {
            CheckedFunction function = declared.get(i);
            String handler = function.getHandler();
            if (handler == null || handler.isBlank()) {
                throw new IllegalArgumentException("<functions> item " + (i + 1) + " has no <handler>: give the handler string"
                        + " as Lambda takes it, such as <handler>com.example.Hello::handleRequest</handler>.");
            }
            String name = DeclaredFunctions.name(function);
            if (!names.add(name)) {
                throw new IllegalArgumentException("Two functions are named " + name + " in <functions>; give each a <name> of"
                        + " its own, which its results are reported under.");
            }
            functions.add(resolve(function, name, handler.trim(), basedir, projectCode));
        }
        return functions;
    }

    private static ConformanceFunction resolve(CheckedFunction function, String name, String handler, Path basedir,
            List<Path> projectCode) {
        String label = "Function " + name;
        FunctionConfig.Builder config = FunctionConfig.builder(handler).functionName(name);
        if (function.getMemory() != null) {
            config.memorySize(function.getMemory());
        }
        if (function.getTimeout() != null) {
            config.timeout(function.getTimeout());
        }
        if (function.getEphemeralStorage() != null) {
            config.ephemeralStorageSize(function.getEphemeralStorage());
        }
        if (function.getEnvironment() != null) {
            function.getEnvironment().forEach((key, value) -> config.environment(key, value == null ? "" : value));
        }
        ConformanceFunction.Builder builder = ConformanceFunction.builder(name, config,
                DeclaredFunctions.code(function.getCode(), label, basedir, projectCode));
        if (function.getEvents() != null) {
            for (String event : function.getEvents()) {
                Path file = basedir.resolve(event.trim());
                // A file is named as declared, and found from the project's folder whatever Maven's working directory.
                builder.event(event.trim(), EventFixtures.get(Files.isRegularFile(file) ? file.toString() : event.trim()));
            }
        }
        if (function.getIgnoredPaths() != null) {
            function.getIgnoredPaths().forEach(path -> builder.ignoring(path.trim()));
        }
        if (function.getDeploymentPackage() != null) {
            builder.deploymentPackage(basedir.resolve(function.getDeploymentPackage().toPath()));
        }
        return builder.build();
    }
}
