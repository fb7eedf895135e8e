package dev.lambdaharness.maven.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.maven.DeclaredFunction;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the goals read alike from a declared {@code <function>}: the name it is reported under and
 * its code, each refusal one line naming the function, the setting and the fix.
 *
 * <pre>{@code
 * FunctionCode code = DeclaredFunctions.code(function.getCode(), "Function hello", basedir, projectCode);
 * }</pre>
 */
final class DeclaredFunctions {

    private DeclaredFunctions() {
    }

    /** @return the declared name, or the handler's class's simple name: {@code com.example.Hello::handleRequest} is {@code Hello} */
    static String name(DeclaredFunction function) {
        if (function.getName() != null) {
            return function.getName().trim();
        }
        String type = function.getHandler().trim().split("::", 2)[0];
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** @return the declared code, resolved from the project's folder, or the project's own when none is declared */
    static FunctionCode code(List<File> declared, String label, Path basedir, List<Path> projectCode) {
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
}
