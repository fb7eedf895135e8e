package dev.lambdaharness.core.runtimeset;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test class path of a real project, emulated inside this JVM: this module's test class path
 * with the runtime libraries Maven would pick for a project that pins aws-lambda-java-core 1.2.1,
 * depends on aws-lambda-java-tests 1.1.1 (serialization 1.0.0) and declares the RIC 2.8.7, plus
 * whatever jars a test puts first. The real old artifacts come from {@code target/old-runtime-libraries}
 * (copied there by the build). {@link ProjectDriver} runs in a fresh class loader over it.
 */
final class ProjectClassPath {

    private static final List<String> REPLACED = List.of(
            "aws-lambda-java-core-", "aws-lambda-java-serialization-", "aws-lambda-java-runtime-interface-client-");

    private final List<Path> entries;

    private ProjectClassPath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /** This module's test class path with all three old runtime libraries in place of the harness's. */
    static ProjectClassPath withOldRuntimeLibraries() {
        return withOld(REPLACED);
    }

    /** This module's test class path as it is. */
    static ProjectClassPath asIs() {
        return withOld(List.of());
    }

    /** This module's test class path with only aws-lambda-java-core 1.2.1 in place of the harness's core. */
    static ProjectClassPath withOldCore() {
        return withOld(List.of("aws-lambda-java-core-"));
    }

    private static ProjectClassPath withOld(List<String> prefixes) {
        List<Path> entries = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            String name = path.getFileName().toString();
            String replaced = prefixes.stream().filter(name::startsWith).findFirst().orElse(null);
            entries.add(replaced == null ? path : oldLibrary(replaced));
        }
        return new ProjectClassPath(entries);
    }

    /** The real old artifact whose file name starts with {@code prefix}, e.g. {@code aws-lambda-java-core-}. */
    static Path oldLibrary(String prefix) {
        Path directory = CorpusCode.testClasses().getParent().resolve("old-runtime-libraries");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(directory, prefix + "[0-9]*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Build the module first (mvn generate-test-resources copies the old libraries): " + e, e);
        }
        throw new IllegalStateException("No " + prefix + "*.jar in " + directory);
    }

    /** The same class path with {@code jar} first, as a shaded jar comes first on a Failsafe class path. */
    ProjectClassPath first(Path jar) {
        List<Path> withJar = new ArrayList<>();
        withJar.add(jar);
        withJar.addAll(entries);
        return new ProjectClassPath(withJar);
    }

    /** Runs {@link ProjectDriver#run(String[])} in a class loader over this class path alone (and the JDK). */
    String[] run(String... arguments) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader project = new URLClassLoader("project-test-class-path", urls, ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(project);
            Class<?> driver = Class.forName(ProjectDriver.class.getName(), true, project);
            return (String[]) driver.getMethod("run", String[].class).invoke(null, (Object) arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError("The project's test failed with " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
