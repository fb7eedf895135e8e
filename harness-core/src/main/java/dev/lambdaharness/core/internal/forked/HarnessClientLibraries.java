package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.child.OwnedTempDirectories;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.forked.client.ClientBoot;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The class paths of a child that starts through {@link ClientBoot} (the harness's own runtime
 * client, or a spare): its system class path is a private jar holding that one class, plus the
 * runtime set's aws-lambda-java-core and aws-lambda-java-serialization (as {@code /var/runtime/lib}
 * holds them; all of the set's jars for a RIC spare); the harness's own jars (harness-core, the event model with its
 * serialisers and the harness's relocated Jackson) go to a class loader of their own inside the child, which the function's
 * class loader cannot see.
 *
 * <pre>{@code
 * List<Path> system = HarnessClientLibraries.systemClassPath(RuntimeSet.harness(), false, false);
 * String harness = HarnessClientLibraries.harnessClassPath(false);
 * }</pre>
 */
final class HarnessClientLibraries {

    private static final String BOOT_CLASS = ClientBoot.class.getName().replace('.', '/') + ".class";
    /** A resource of each jar the harness's client needs, with the coordinates to name when it is missing. */
    private static final Map<String, String> HARNESS = Map.of(
            "dev/lambdaharness/core/internal/forked/client/HarnessRuntime.class", "dev.lambdaharness:lambda-harness-core",
            "dev/lambdaharness/events/serialization/SerializerSpace.class", "dev.lambdaharness:lambda-harness-event-model");

    private static volatile Path bootJar;
    private static volatile List<Path> harnessEntries;

    private HarnessClientLibraries() {
    }

    /**
     * The boot jar, then the runtime set's libraries: all of them for a RIC spare, else core and serialization.
     *
     * @param outsideTmp whether the child has a private {@code /tmp}, so the boot jar must lie elsewhere
     */
    static List<Path> systemClassPath(RuntimeSet set, boolean withRic, boolean outsideTmp) {
        List<Path> classPath = new ArrayList<>();
        classPath.add(bootJar());
        if (withRic) {
            classPath.addAll(set.jars());
        } else {
            classPath.add(set.jar(RuntimeSet.Library.CORE));
            classPath.add(set.jar(RuntimeSet.Library.SERIALIZATION));
            classPath.subList(1, classPath.size()).sort(null);
        }
        return outsideTmp ? classPath.stream().map(ForkedFiles::outsideTmp).toList() : classPath;
    }

    /**
     * The harness's jars (or class directories) the client loads apart from the function, found once per JVM.
     *
     * @param outsideTmp whether the child has a private {@code /tmp}, so entries under the machine's are copied out
     */
    static String harnessClassPath(boolean outsideTmp) {
        List<Path> entries = harnessEntries();
        if (outsideTmp) {
            entries = entries.stream().map(ForkedFiles::outsideTmp).toList();
        }
        return String.join(java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static List<Path> harnessEntries() {
        List<Path> result = harnessEntries;
        if (result == null) {
            Set<Path> entries = new LinkedHashSet<>();
            HARNESS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(marker -> entries.add(RicRuntimeLibraries.locate(marker.getKey(), marker.getValue())));
            result = List.copyOf(entries);
            harnessEntries = result;
        }
        return result;
    }

    /** A private jar holding {@link ClientBoot} alone, written once per JVM from the harness's class path. */
    static synchronized Path bootJar() {
        if (bootJar == null) {
            try {
                Path directory = OwnedTempDirectories.create("lambda-harness-client-boot-");
                Path jar = directory.resolve("lambda-harness-client-boot.jar");
                try (InputStream in = ClientBoot.class.getClassLoader().getResourceAsStream(BOOT_CLASS);
                     JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                    if (in == null) {
                        throw new IllegalStateException(BOOT_CLASS + " is missing from the harness's class path.");
                    }
                    out.putNextEntry(new JarEntry(BOOT_CLASS));
                    in.transferTo(out);
                    out.closeEntry();
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> ForkedFiles.deleteRecursively(directory),
                        "lambda-harness-client-boot"));
                bootJar = jar;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the harness client's boot jar: " + e.getMessage(), e);
            }
        }
        return bootJar;
    }
}
