package dev.lambdaharness.core.internal.code;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The test JVM's class path split into what belongs to the function under test and what does not:
 * test classes, test frameworks and Lambda Harness itself. Without the Maven plugin's resolved
 * runtime class path the split is by location, so it is reported, never silent.
 */
public final class TestClasspath {

    private static final String[][] NOT_FUNCTION_CODE = {
        {"/org/junit/", "JUnit"},
        {"/org/opentest4j/", "JUnit"},
        {"/org/apiguardian/", "JUnit"},
        {"/org/assertj/", "AssertJ"},
        {"/net/bytebuddy/", "AssertJ or Mockito (Byte Buddy)"},
        {"/org/objenesis/", "Mockito (Objenesis)"},
        {"/org/junit-pioneer/", "JUnit Pioneer"},
        {"/org/hamcrest/", "Hamcrest"},
        {"/org/mockito/", "Mockito"},
        {"/org/awaitility/", "Awaitility"},
        {"/com/tngtech/archunit/", "ArchUnit"},
        {"/net/jqwik/", "jqwik"},
        {"/org/apache/maven/surefire/", "Surefire"},
        {"/org/jacoco/", "JaCoCo"},
        {"/dev/lambdaharness/", "Lambda Harness"},
        {"/com/amazonaws/aws-lambda-java-runtime-interface-client/", "the runtime interface client"},
        {"/software/amazon/awssdk/utils-lite/", "the runtime interface client"},
        {"/com/amazonaws/aws-lambda-java-core/", "the Lambda runtime (provided by the runtime)"},
        {"/com/amazonaws/aws-lambda-java-serialization/", "the Lambda runtime (provided by the runtime)"},
    };

    private final List<Path> functionEntries;
    private final List<String> excluded;
    private final String raw;

    private TestClasspath(List<Path> functionEntries, List<String> excluded, String raw) {
        this.functionEntries = functionEntries;
        this.excluded = excluded;
        this.raw = raw;
    }

    /** The split of the running JVM's {@code java.class.path}. */
    public static TestClasspath current() {
        return of(System.getProperty("java.class.path", ""));
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
        String normal = path.toString().replace(File.separatorChar, '/');
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.equals("test-classes")) {
            return "test classes";
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("surefire")) {
            return "Surefire";
        }
        if (name.startsWith("lambda-harness-")) {
            return "Lambda Harness";
        }
        // Inside this project's own reactor build a module's classes come as its target/classes.
        if (Files.isDirectory(path.resolve("dev").resolve("lambdaharness"))) {
            return "Lambda Harness";
        }
        for (String[] rule : NOT_FUNCTION_CODE) {
            if (normal.contains(rule[0])) {
                return rule[1];
            }
        }
        return null;
    }
}
