package dev.lambdaharness.maven.internal;

import dev.lambdaharness.conformance.ConformanceFunction;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.events.EventFixtures;
import dev.lambdaharness.events.FixtureNotFoundException;
import dev.lambdaharness.maven.CheckedFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return resolve(declared, List.of(), basedir, projectCode);
    }

    /**
     * Resolves the template's functions, each with the {@code <function>} named after its logical id
     * when there is one (its settings and events win), then the other declared ones.
     *
     * @throws IllegalArgumentException with one line per refusal
     */
    public static List<ConformanceFunction> resolve(List<CheckedFunction> declared, List<TemplateFunctions.Found> fromTemplate,
            Path basedir, List<Path> projectCode) {
        TemplateFunctions.Pairing<CheckedFunction> pairing = TemplateFunctions.pair(fromTemplate, declared, "check");
        List<ConformanceFunction> functions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<TemplateFunctions.Found, Optional<CheckedFunction>> pair : pairing.template()) {
            TemplateFunctions.Found found = pair.getKey();
            names.add(found.name());
            functions.add(pair.getValue().map(entry -> resolve(entry, found.name(), found.config().toBuilder(), found.code(),
                    basedir, List.of())).orElseGet(() -> ConformanceFunction.builder(found.name(), found.config().toBuilder(),
                    found.code()).build()));
        }
        for (Map.Entry<Integer, CheckedFunction> entry : pairing.declared().entrySet()) {
            CheckedFunction function = entry.getValue();
            String handler = function.getHandler();
            if (handler == null || handler.isBlank()) {
                throw new IllegalArgumentException("<functions> item " + entry.getKey() + " has no <handler>: give the handler string"
                        + " as Lambda takes it, such as <handler>com.example.Hello::handleRequest</handler>.");
            }
            String name = DeclaredFunctions.name(function);
            if (!names.add(name)) {
                throw new IllegalArgumentException("Two functions are named " + name + " in <functions>; give each a <name> of"
                        + " its own, which its results are reported under.");
            }
            functions.add(resolve(function, name, FunctionConfig.builder(handler.trim()).functionName(name), null, basedir,
                    projectCode));
        }
        return functions;
    }

    /** A function's settings over a base configuration; {@code baseCode} is the template's, or null for the project's own. */
    private static ConformanceFunction resolve(CheckedFunction function, String name, FunctionConfig.Builder config,
            FunctionCode baseCode, Path basedir, List<Path> projectCode) {
        String label = "Function " + name;
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
        FunctionCode code = baseCode != null && (function.getCode() == null || function.getCode().isEmpty()) ? baseCode
                : DeclaredFunctions.code(function.getCode(), label, basedir, projectCode);
        ConformanceFunction.Builder builder = ConformanceFunction.builder(name, config, code);
        if (function.getEvents() != null) {
            for (String event : function.getEvents()) {
                Path file = basedir.resolve(event.trim());
                // A file is named as declared, and found from the project's folder whatever Maven's working directory.
                try {
                    builder.event(event.trim(), EventFixtures.get(Files.isRegularFile(file) ? file.toString() : event.trim()));
                } catch (FixtureNotFoundException e) {
                    throw new IllegalArgumentException(label + " <events> item " + event.trim() + " is neither a file under "
                            + basedir + " nor an event fixture: " + EventInput.oneLine(e.getMessage()));
                }
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
