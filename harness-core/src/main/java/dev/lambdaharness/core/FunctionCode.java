package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.code.DeploymentPackages;
import dev.lambdaharness.core.internal.code.FunctionCodeFile;
import dev.lambdaharness.core.internal.code.TestClasspath;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a function's code comes from, in the order Lambda's class loader searches it: the task root
 * (classes, then {@code lib/*.jar} sorted by name), then the layers' {@code java/lib/*.jar}
 * (Lambda's {@code /opt/java/lib}, sorted by name). The function sees this code and the runtime's
 * own libraries (aws-lambda-java-core and aws-lambda-java-serialization), nothing else.
 *
 * <pre>{@code
 * FunctionCode code = FunctionCode.fromPaths(Path.of("target/classes"), Path.of("lib/orders-model.jar"));
 * FunctionCode packaged = FunctionCode.fromDeploymentPackage(Path.of("target/orders.zip"))
 *         .withLayers(Path.of("layers/shared.zip"));
 * }</pre>
 */
public final class FunctionCode {

    private final List<Path> entries;
    private final List<Path> layerJars;
    private final List<String> excluded;
    private final Optional<Path> runtimeSetDirectory;
    private final Optional<RuntimeSet> runtimeSet;

    private FunctionCode(List<Path> entries, List<Path> layerJars, List<String> excluded) {
        this(entries, layerJars, excluded, Optional.empty(), Optional.empty());
    }

    private FunctionCode(List<Path> entries, List<Path> layerJars, List<String> excluded, Optional<Path> runtimeSetDirectory,
                         Optional<RuntimeSet> runtimeSet) {
        this.entries = List.copyOf(entries);
        this.layerJars = List.copyOf(layerJars);
        this.excluded = List.copyOf(excluded);
        this.runtimeSetDirectory = runtimeSetDirectory;
        this.runtimeSet = runtimeSet;
    }

    /**
     * Code from class directories and jars, searched in the given order.
     *
     * @throws InvalidFunctionCodeException when a path does not exist or is neither a directory nor a jar
     */
    public static FunctionCode fromPaths(Path... paths) {
        return fromPaths(Arrays.asList(paths));
    }

    /**
     * Code from class directories and jars, searched in the given order.
     *
     * @throws InvalidFunctionCodeException when a path does not exist or is neither a directory nor a jar
     */
    public static FunctionCode fromPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new InvalidFunctionCodeException("Function code is empty: give at least one class directory or jar,"
                    + " for example FunctionCode.fromPaths(Path.of(\"target/classes\")).");
        }
        List<Path> checked = new ArrayList<>();
        for (Path path : paths) {
            checked.add(requireCodePath(path, "class directory or jar"));
        }
        return new FunctionCode(checked, List.of(), List.of());
    }

    /**
     * Code from a task root as Lambda lays it out in {@code /var/task}: the folder itself (classes and
     * resources) followed by {@code lib/*.jar} in name order.
     *
     * @throws InvalidFunctionCodeException when the folder does not exist
     */
    public static FunctionCode fromTaskRoot(Path taskRoot) {
        Path root = requireCodePath(taskRoot, "task root");
        if (!Files.isDirectory(root)) {
            throw new InvalidFunctionCodeException("Task root " + root + " is not a directory. Give the folder that"
                    + " holds the classes and lib/, or use FunctionCode.fromDeploymentPackage for a .zip or .jar.");
        }
        List<Path> entries = new ArrayList<>();
        entries.add(root);
        entries.addAll(jarsIn(root.resolve("lib")));
        return new FunctionCode(entries, List.of(), List.of());
    }

    /**
     * Code from a deployment package ({@code .zip} or {@code .jar}), unpacked once into a private
     * folder and then read as a task root, as Lambda unpacks it into {@code /var/task}.
     *
     * @throws InvalidFunctionCodeException when the file does not exist or is not a zip archive
     */
    public static FunctionCode fromDeploymentPackage(Path deploymentPackage) {
        Path archive = requireCodePath(deploymentPackage, "deployment package");
        return fromTaskRoot(DeploymentPackages.unpack(archive));
    }

    /**
     * The system property naming a file of the function's exact code, one class folder or jar per
     * line, in class path order (relative lines are relative to the file's folder; blank lines and
     * {@code #} comments are skipped). The Maven plugin's {@code lambda-harness:prepare} goal writes
     * such a file and sets this property for Surefire and Failsafe; Gradle and IDE runs set it by hand:
     *
     * <pre>{@code
     * -Dlambdaharness.functionCode=target/lambda-harness/function-code.txt
     * }</pre>
     */
    public static final String FUNCTION_CODE_PROPERTY = "lambdaharness.functionCode";

    /**
     * The code of the project under test, for use inside a test run. When
     * {@link #FUNCTION_CODE_PROPERTY} names a file, the code is exactly what it lists: the project's
     * main classes and runtime dependencies as the build resolved them. Otherwise it is the test JVM's
     * class path less the test classes, the test tools (JUnit, AssertJ, Mockito, ...) and Lambda Harness,
     * each jar recognised by its own Maven metadata or module name; what was left out is in
     * {@link #excluded()}, and the runtime logs one line saying how to make the code exact.
     *
     * @throws InvalidFunctionCodeException when the named file or one of its entries is missing or unreadable,
     *         or the test class path holds no function code
     */
    public static FunctionCode fromTestClasspath() {
        String file = System.getProperty(FUNCTION_CODE_PROPERTY, "").strip();
        if (!file.isEmpty()) {
            Path named;
            try {
                named = Path.of(file);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InvalidFunctionCodeException("-D" + FUNCTION_CODE_PROPERTY + "=" + file + " is not a path."
                        + " Give the file the lambda-harness:prepare goal writes, or remove the property.", e);
            }
            return new FunctionCode(FunctionCodeFile.read(named, FUNCTION_CODE_PROPERTY), List.of(), List.of());
        }
        TestClasspath classpath = TestClasspath.current();
        if (classpath.functionEntries().isEmpty()) {
            throw new InvalidFunctionCodeException("The test class path holds no function code (java.class.path is "
                    + classpath.describe() + "). Name the code explicitly, for example"
                    + " FunctionCode.fromPaths(Path.of(\"target/classes\")).");
        }
        return new FunctionCode(classpath.functionEntries(), List.of(), classpath.excluded());
    }

    /**
     * This code with layers added. A layer is a folder or a {@code .zip} holding {@code java/lib/*.jar},
     * or a single jar; its jars join Lambda's {@code /opt/java/lib}, searched after the task root and
     * in name order across all layers.
     *
     * @throws InvalidFunctionCodeException when a layer does not exist or holds no {@code java/lib} jars
     */
    public FunctionCode withLayers(Path... layers) {
        List<Path> jars = new ArrayList<>(layerJars);
        for (Path layer : layers) {
            Path checked = requireCodePath(layer, "layer");
            if (Files.isRegularFile(checked) && checked.getFileName().toString().endsWith(".jar")) {
                jars.add(checked);
                continue;
            }
            Path root = Files.isDirectory(checked) ? checked : DeploymentPackages.unpack(checked);
            List<Path> found = jarsIn(root.resolve("java").resolve("lib"));
            if (found.isEmpty()) {
                throw new InvalidFunctionCodeException("Layer " + checked + " holds no jars in java/lib: Lambda puts"
                        + " java/lib/*.jar of a layer on the class path (as /opt/java/lib). Move the jars there.");
            }
            jars.addAll(found);
        }
        // Lambda lists /opt/java/lib once, sorted by file name, whichever layer a jar came from.
        jars.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return new FunctionCode(entries, jars, excluded, runtimeSetDirectory, runtimeSet);
    }

    /**
     * This code run on another runtime set than the one the harness carries: a directory holding the
     * jars of a Java runtime's {@code /var/runtime/lib} (the runtime interface client,
     * aws-lambda-java-core and aws-lambda-java-serialization), as Lambda's runtime management pins a
     * function to a runtime version. Only forked environments run another set, so a function with one
     * must be deployed with {@link Isolation#FORKED}; it wins over
     * {@code LambdaRuntime.Builder.runtimeSet(Path)} and the JVM-wide {@code -Dlambda.harness.runtimeSet}.
     *
     * <pre>{@code
     * FunctionCode code = FunctionCode.fromPaths(Path.of("target/classes"))
     *         .withRuntimeSet(Path.of("target/runtime-set-serialization-1.4.1")); // reads records
     * runtime.function(config, code, Isolation.FORKED);
     * }</pre>
     *
     * @param directory the set's jars
     * @throws InvalidFunctionCodeException when the directory is missing or lacks one of the three libraries
     */
    public FunctionCode withRuntimeSet(Path directory) {
        if (directory == null) {
            throw new InvalidFunctionCodeException("The runtime set path is null. Give the directory of a runtime's jars.");
        }
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            return new FunctionCode(entries, layerJars, excluded, Optional.of(absolute), Optional.of(RuntimeSet.fromDirectory(absolute)));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidFunctionCodeException(e.getMessage(), e);
        }
    }

    /** The runtime set's directory this code runs on, when {@link #withRuntimeSet(Path)} chose one. */
    public Optional<Path> runtimeSet() {
        return runtimeSetDirectory;
    }

    /** The set itself, for the runtime. */
    Optional<RuntimeSet> chosenRuntimeSet() {
        return runtimeSet;
    }

    /** The class path entries in search order: the function's own code, then the layers' jars. */
    public List<Path> classpath() {
        List<Path> all = new ArrayList<>(entries);
        all.addAll(layerJars);
        return Collections.unmodifiableList(all);
    }

    /** The function's own entries (task root and its jars), without layers. */
    public List<Path> functionEntries() {
        return entries;
    }

    /** The layers' jars, in the order Lambda's {@code /opt/java/lib} lists them. */
    public List<Path> layerJars() {
        return layerJars;
    }

    /** What {@link #fromTestClasspath()} left out of the test class path, each with the reason. */
    public List<String> excluded() {
        return excluded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionCode && ((FunctionCode) o).entries.equals(entries)
                && ((FunctionCode) o).layerJars.equals(layerJars) && ((FunctionCode) o).runtimeSet().equals(runtimeSet());
    }

    @Override
    public int hashCode() {
        return (entries.hashCode() * 31 + layerJars.hashCode()) * 31 + runtimeSet().hashCode();
    }

    @Override
    public String toString() {
        return "FunctionCode" + classpath() + runtimeSet().map(set -> " on runtime set " + set).orElse("");
    }

    private static Path requireCodePath(Path path, String what) {
        if (path == null) {
            throw new InvalidFunctionCodeException("The " + what + " path is null. Give an existing path.");
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new InvalidFunctionCodeException("The " + what + " " + absolute + " does not exist. Build the"
                    + " project first (mvn package) or correct the path.");
        }
        if (Files.isRegularFile(absolute) && !isArchive(absolute)) {
            throw new InvalidFunctionCodeException("The " + what + " " + absolute + " is neither a directory nor a"
                    + " .jar or .zip file. Give a class directory, a jar or a deployment package.");
        }
        return absolute;
    }

    private static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jar") || name.endsWith(".zip");
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .map(p -> p.toAbsolutePath().normalize())
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new InvalidFunctionCodeException("Cannot list " + dir + ": " + e.getMessage()
                    + ". Check the folder's permissions.", e);
        }
    }
}
