package dev.lambdaharness.maven.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The function's exact code as the {@code prepare} goal writes it: one absolute class folder or jar
 * per line, in class path order, after a comment line. lambda-harness-core reads it back when
 * {@code -Dlambdaharness.functionCode} names it.
 *
 * <pre>{@code
 * # The function's code, one class folder or jar per line, in class path order (lambda-harness:prepare).
 * /work/orders/target/classes
 * /home/me/.m2/repository/software/amazon/awssdk/utils-lite/2.34.0/utils-lite-2.34.0.jar
 * }</pre>
 */
public final class FunctionCodeList {

    static final String HEADER = "# The function's code, one class folder or jar per line, in class path order"
            + " (lambda-harness:prepare).";

    private FunctionCodeList() {
    }

    /**
     * Writes the list, replacing an earlier one.
     *
     * @param file where to write it; its folder is created
     * @param mainOutput the project's compiled main classes, left out when the project has none
     * @param dependencies the runtime-scope dependencies' files, in the order Maven resolved them
     * @return the entries written
     */
    public static List<Path> write(Path file, Path mainOutput, List<Path> dependencies) throws IOException {
        List<Path> entries = PackagedCode.entries(mainOutput, dependencies);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        entries.forEach(entry -> lines.add(entry.toString()));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return entries;
    }
}
