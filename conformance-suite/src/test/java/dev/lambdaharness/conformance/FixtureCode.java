package dev.lambdaharness.conformance;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The code of the contract checks' fixture functions: this module's test classes and the libraries
 * they use (the events' classes, the AWS SDK), as a deployment package would hold them, without the
 * harness, the test tools or the runtime's own libraries.
 */
final class FixtureCode {

    /** Parts of jar paths that are no function's code: the harness and what only tests use. */
    private static final List<String> NOT_FUNCTION_CODE = List.of("/dev/lambdaharness/", "/org/junit/", "/org/assertj/",
            "/com/tngtech/", "/org/jsoup/", "/org/ow2/asm/", "/org/opentest4j/", "/org/apiguardian/", "/net/bytebuddy/",
            "/com/amazonaws/aws-lambda-java-core/", "/com/amazonaws/aws-lambda-java-serialization/", "/org/openjdk/jmh/");

    private FixtureCode() {
    }

    static List<Path> testClassesAndLibraries() {
        List<Path> paths = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normal = entry.replace(File.separatorChar, '/');
            if (normal.endsWith("/test-classes") || normal.endsWith(".jar") && NOT_FUNCTION_CODE.stream().noneMatch(normal::contains)) {
                paths.add(Path.of(entry));
            }
        }
        return paths;
    }
}
