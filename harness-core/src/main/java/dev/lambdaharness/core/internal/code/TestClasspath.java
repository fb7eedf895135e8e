package dev.lambdaharness.core.internal.code;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The test JVM's class path split into what belongs to the function under test and what does not:
 * test classes, test frameworks and Lambda Harness itself. Without the Maven plugin's file of the
 * function's exact code, each jar is identified by its own metadata ({@link JarMetadata}: its
 * {@code pom.properties} coordinates, else its module name), never by its file name or location, and
 * every jar that is not a test tool's is the function's, including its own copies of libraries the
 * runtime also has (whose classes the runtime's copy shadows, as on Lambda). What was left out is
 * reported, never silent.
 */
public final class TestClasspath {

    /**
     * The test tools, by the groupId (or {@code groupId:artifactId}) of their Maven coordinates and
     * by the prefix of their module names: a name matches when it equals one or continues it after a dot.
     * Libraries that test tools bring but that functions use too (Byte Buddy, Objenesis) are not here.
     */
    private static final String[][] NOT_FUNCTION_CODE = {
        {"org.junit", "JUnit"},
        {"junit", "JUnit"},
        {"org.opentest4j", "JUnit"},
        {"org.apiguardian", "JUnit"},
        {"org.assertj", "AssertJ"},
        {"org.hamcrest", "Hamcrest"},
        {"org.mockito", "Mockito"},
        {"org.junit-pioneer", "JUnit Pioneer"},
        {"org.junitpioneer", "JUnit Pioneer"},
        {"org.awaitility", "Awaitility"},
        {"com.tngtech.archunit", "ArchUnit"},
        {"net.jqwik", "jqwik"},
        {"org.apache.maven.surefire", "Surefire"},
        {"org.jacoco", "JaCoCo"},
        {"dev.lambdaharness", "Lambda Harness"},
        {"com.amazonaws:aws-lambda-java-tests", "aws-lambda-java-tests"},
    };

    private final List<Path> functionEntries;
    private final List<String> excluded;
    private final String raw;

    private TestClasspath(List<Path> functionEntries, List<String> excluded, String raw) {
        this.functionEntries = functionEntries;
        this.excluded = excluded;
        this.raw = raw;
    }

    /**
     * The last split of the running JVM's class path, kept because every function without code of its
     * own asks for it and each split opens every jar.
     */
    private static volatile TestClasspath current;

    /** The split of the running JVM's {@code java.class.path}. */
    public static TestClasspath current() {
        String classpath = System.getProperty("java.class.path", "");
        TestClasspath last = current;
        if (last == null || !last.raw.equals(classpath)) {
            last = of(classpath);
            current = last;
        }
        return last;
    }

    /** The split of the given class path string. */
    public static TestClasspath of(String classpath) {
        List<Path> function = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String element : classpath.split(File.pathSeparator)) {
            if (element.isBlank()) {
                continue;
            }
            Path path = Paths.get(element).toAbsolutePath().normalize();
            String reason = reasonToExclude(path);
            if (reason != null) {
                excluded.add(path + " (" + reason + ")");
            } else if (Files.exists(path)) {
                function.add(path);
            }
        }
        return new TestClasspath(List.copyOf(function), List.copyOf(excluded), classpath);
    }

    /** The entries the function sees, in class path order. */
    public List<Path> functionEntries() {
        return functionEntries;
    }

    /** The entries left out, each with the reason. */
    public List<String> excluded() {
        return excluded;
    }

    /** The class path as given, for messages. */
    public String describe() {
        return raw.isEmpty() ? "empty" : "'" + raw + "'";
    }

    private static String reasonToExclude(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            if (name.equals("test-classes")) {
                return "test classes";
            }
            // Inside this project's own reactor build a module's classes come as its target/classes.
            return Files.isDirectory(path.resolve("dev").resolve("lambdaharness")) ? "Lambda Harness" : null;
        }
        // Surefire's manifest-only jar holds no classes, only a Class-Path naming the whole test class path.
        if (name.startsWith("surefirebooter")) {
            return "Surefire";
        }
        return Files.isRegularFile(path) ? testToolOf(JarMetadata.read(path)) : null;
    }

    /** The test tool a jar belongs to, or null when it is (or may be) the function's. */
    private static String testToolOf(JarMetadata jar) {
        if (jar.coordinates().isEmpty()) {
            return jar.moduleName().map(TestClasspath::testTool).orElse(null);
        }
        // A shaded jar holds the coordinates of all it bundles: it is a tool's only when every one is.
        String tool = null;
        for (String coordinates : jar.coordinates()) {
            String owner = testTool(coordinates);
            if (owner == null) {
                return null;
            }
            tool = tool == null ? owner : tool;
        }
        return tool;
    }

    /** The tool a {@code groupId:artifactId} or a module name belongs to, or null. */
    private static String testTool(String name) {
        String groupId = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        for (String[] rule : NOT_FUNCTION_CODE) {
            String namespace = rule[0];
            boolean matches = namespace.contains(":") ? name.equals(namespace)
                    : groupId.equals(namespace) || groupId.startsWith(namespace + ".");
            if (matches) {
                return rule[1];
            }
        }
        return null;
    }
}
