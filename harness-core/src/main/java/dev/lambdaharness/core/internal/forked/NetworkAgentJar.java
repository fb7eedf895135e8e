package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.FunctionAddressPolicy;
import dev.lambdaharness.core.internal.child.OwnedTempDirectories;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.forked.agent.AgentArguments;
import dev.lambdaharness.core.internal.forked.agent.NetworkAgent;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import dev.lambdaharness.core.internal.rewrite.CallSiteRewriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The {@code -javaagent} option that holds a forked child's sockets to its function's address
 * policy ({@link NetworkAgent}): a jar written once per JVM from the harness's own class path,
 * holding the agent, the hooks package and the address policy (nothing else joins the child's
 * system class path), and
 * options naming where the rewriter and ASM are and what the function may reach.
 *
 * <pre>{@code
 * command.add(1, NetworkAgentJar.option(config, false));
 * // -javaagent:/tmp/lambda-harness-network-agent-.../lambda-harness-network-agent.jar=rewriter=...&allow=&outside=
 * }</pre>
 */
final class NetworkAgentJar {

    /**
     * The packages the jar holds, as resource folders: the agent, the hooks rewritten code calls (named, not
     * referenced: they are the runtime side's in the test JVM) and the address policy.
     */
    private static final List<String> PACKAGES = List.of(packageFolder(NetworkAgent.class),
            "dev/lambdaharness/core/internal/hooks/", packageFolder(AddressPolicy.class));

    private static Path jar;

    private NetworkAgentJar() {
    }

    /**
     * The child's {@code -javaagent:} option for {@code config}: its allowed hosts with this JVM's
     * {@value AddressPolicy#ALLOWED_HOSTS_PROPERTY} and {@value AddressPolicy#TREATED_AS_OUTSIDE_PROPERTY}.
     *
     * @param outsideTmp whether the child has a private {@code /tmp}, so that the files it names must lie elsewhere
     * @throws InvalidConfigurationException when a system property names an entry that is not one
     */
    static String option(FunctionConfig config, boolean outsideTmp) {
        AddressPolicy policy = FunctionAddressPolicy.of(config);
        List<Path> rewriter = rewriterClassPath();
        Path agent = jar();
        if (outsideTmp) {
            rewriter = rewriter.stream().map(ForkedFiles::outsideTmp).toList();
            agent = ForkedFiles.outsideTmp(agent);
        }
        return "-javaagent:" + agent + "="
                + new AgentArguments(rewriter, policy.allowed(), policy.treatedAsOutside()).encode();
    }

    /** The harness's class path entries that hold the rewriter and ASM (one jar, once ASM is relocated into it). */
    private static List<Path> rewriterClassPath() {
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(RicRuntimeLibraries.locate(resource(CallSiteRewriter.class), "dev.lambdaharness:lambda-harness-core"));
        entries.add(RicRuntimeLibraries.locate(resource(org.objectweb.asm.ClassReader.class), "org.ow2.asm:asm"));
        return List.copyOf(entries);
    }

    private static synchronized Path jar() {
        if (jar == null) {
            try {
                Path directory = OwnedTempDirectories.create("lambda-harness-network-agent-");
                Path written = directory.resolve("lambda-harness-network-agent.jar");
                Manifest manifest = new Manifest();
                manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
                manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), NetworkAgent.class.getName());
                Path source = RicRuntimeLibraries.locate(resource(NetworkAgent.class), "dev.lambdaharness:lambda-harness-core");
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(written), manifest)) {
                    for (String folder : PACKAGES) {
                        copyClasses(source, folder, out);
                    }
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> ForkedFiles.deleteRecursively(directory),
                        "lambda-harness-network-agent"));
                jar = written;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the network agent's jar: " + e.getMessage(), e);
            }
        }
        return jar;
    }

    /** Copies the classes directly in {@code folder} of the jar or directory {@code source}. */
    private static void copyClasses(Path source, String folder, JarOutputStream out) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(folder))) {
                files.map(file -> folder + file.getFileName()).filter(name -> name.endsWith(".class")).forEach(names::add);
            }
        } else {
            try (JarFile harness = new JarFile(source.toFile())) {
                for (Enumeration<JarEntry> entries = harness.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(folder) && name.endsWith(".class") && name.indexOf('/', folder.length()) < 0) {
                        names.add(name);
                    }
                }
            }
        }
        names.sort(null);
        for (String name : names) {
            try (InputStream in = NetworkAgentJar.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException(name + " is missing from the harness's class path");
                }
                out.putNextEntry(new JarEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static String packageFolder(Class<?> type) {
        return type.getPackageName().replace('.', '/') + "/";
    }

    private static String resource(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
