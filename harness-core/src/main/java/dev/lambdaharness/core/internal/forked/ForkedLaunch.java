package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.internal.InitializationType;
import dev.lambdaharness.core.internal.ReservedEnvironment;
import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.child.PrivateTmpMount;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.child.SystemLocale;
import dev.lambdaharness.core.internal.forked.client.ClientBoot;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line and environment of a forked environment's child JVM: the managed runtime's own
 * (runtime-facts §3.1, built by {@link ChildCommandLine}), plus a private {@code java.io.tmpdir}
 * (or a private {@code /tmp} of the function's ephemeral storage size, {@link PrivateTmp}) and the processor count Lambda shows for the
 * memory size; the environment variables are
 * {@link ReservedEnvironment}'s, as in-process environments see them, plus the Runtime API's
 * address and the telemetry fd. Every child runs the network agent, which holds the function's
 * sockets to loopback and its allowed hosts ({@link NetworkAgentJar}); when the test JVM runs the
 * JaCoCo agent, so does the child ({@link CoverageAgent}), ahead of it. The child runs the RIC, or the harness's own runtime client
 * ({@link RuntimeClients}), and may start as a spare ({@link ClientBoot}).
 */
final class ForkedLaunch {

    /** How long a child with a coverage agent may take to write its data when it is stopped. */
    static final Duration COVERAGE_STOP_GRACE = Duration.ofSeconds(5);

    private ForkedLaunch() {
    }

    /**
     * @param tmpDirectory the environment's own directory for temporary files: its {@code java.io.tmpdir}, unused with
     *                     {@code options.privateTmp()}, where the child's {@code /tmp} is a tmpfs of its own
     * @param javaHome     the JDK the child runs on
     * @param client       {@link RuntimeClient#RIC} or {@link RuntimeClient#HARNESS}, resolved for that JDK
     * @param spare        whether the child waits, prepared, for the harness to make it an environment
     */
    static ChildLaunch of(FunctionConfig config, Path taskRoot, Path tmpDirectory, String logStreamName, JavaHome javaHome,
                          ForkedOptions options, RuntimeClient client, boolean spare) {
        return of(config, InitializationType.ON_DEMAND, taskRoot, tmpDirectory, logStreamName, javaHome, options, client, spare);
    }

    /** As {@link #of(FunctionConfig, Path, Path, String, JavaHome, ForkedOptions, RuntimeClient, boolean)}, initialised as {@code type} says. */
    static ChildLaunch of(FunctionConfig config, InitializationType type, Path taskRoot, Path tmpDirectory, String logStreamName,
                          JavaHome javaHome, ForkedOptions options, RuntimeClient client, boolean spare) {
        List<String> command = new ArrayList<>(javaCommand(config, options.chosenRuntimeSet(), javaHome, client, spare, options.privateTmp()));
        if (!options.privateTmp()) {
            // Lambda's java.io.tmpdir is /tmp, private to the environment: here a directory of the environment's own.
            command.add(command.indexOf("-classpath"), "-Djava.io.tmpdir=" + tmpDirectory);
        }
        // Before the coverage agent's option is put first: JaCoCo must see the function's classes as they were built.
        command.add(1, NetworkAgentJar.option(config, options.privateTmp()));
        command.add(1, "-XX:ActiveProcessorCount="
                + LambdaProcessors.forMemory(config.memorySize(), Runtime.getRuntime().availableProcessors()));
        options.debugging().port().ifPresent(port -> command.add(1, jdwp(port)));
        Optional<String> coverage = CoverageAgent.ofThisJvm();
        coverage.ifPresent(agent -> command.add(1, agent));
        // With a coverage agent the child is asked to stop, so that its shutdown hook writes the data.
        Duration stopGrace = coverage.isPresent() ? COVERAGE_STOP_GRACE : Duration.ZERO;
        PrivateTmpMount privateTmp = null;
        if (options.privateTmp()) {
            requireOutsideTmp(command);
            privateTmp = PrivateTmp.ofSize(config.ephemeralStorageSize());
        }
        return new ChildLaunch(taskRoot, command, address -> environment(config, type, taskRoot, logStreamName, address,
                options.xrayDaemon()), true,
                stopGrace, privateTmp);
    }

    /**
     * The JDWP agent, listening on the loopback address only. {@code suspend=y}: the JVM waits for the
     * debugger before it runs anything, so breakpoints in static initialisers and the first invocation
     * are hit; {@code quiet=y}: its "Listening..." line would otherwise be INIT's output.
     */
    static String jdwp(int port) {
        return "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,quiet=y,address=127.0.0.1:" + port;
    }

    /** A child with a private /tmp cannot reach the machine's: no path its command names may lie there. */
    private static void requireOutsideTmp(List<String> command) {
        for (String argument : command) {
            for (String part : argument.split("[=,:]")) {
                if (part.startsWith("/") && ForkedFiles.underTmp(Path.of(part))) {
                    throw new IllegalStateException("A forked child with a private /tmp cannot see this machine's /tmp, but its"
                            + " command names " + part + " (in " + argument + "). Keep the JDK, the harness's class path and"
                            + " the coverage agent's files outside /tmp, or build the runtime without privateTmp.");
                }
            }
        }
    }

    /**
     * The RIC's command line as the managed runtime has it; for the harness's client or a spare, the
     * same flags with {@link ClientBoot} as the main class.
     */
    private static List<String> javaCommand(FunctionConfig config, RuntimeSet set, JavaHome javaHome, RuntimeClient client,
                                            boolean spare, boolean outsideTmp) {
        if (client == RuntimeClient.RIC) {
            Path nativeClient = RicRuntimeLibraries.nativeClient(set, javaHome.osArch(), javaHome.musl());
            if (outsideTmp) {
                nativeClient = ForkedFiles.outsideTmp(nativeClient);
            }
            if (!spare) {
                List<Path> classPath = outsideTmp ? set.jars().stream().map(ForkedFiles::outsideTmp).toList() : set.jars();
                return ChildCommandLine.javaCommand(javaHome, config.memorySize(), nativeClient, classPath, config.handler());
            }
            return ChildCommandLine.javaCommand(javaHome, config.memorySize(), nativeClient,
                    HarnessClientLibraries.systemClassPath(set, true, outsideTmp), ClientBoot.class.getName(),
                    List.of("--spare", "--ric", config.handler()));
        }
        List<String> arguments = new ArrayList<>();
        if (spare) {
            arguments.add("--spare");
        }
        arguments.addAll(List.of("--harness", HarnessClientLibraries.harnessClassPath(outsideTmp), config.handler()));
        return ChildCommandLine.javaCommand(javaHome, config.memorySize(), null,
                HarnessClientLibraries.systemClassPath(set, false, outsideTmp), ClientBoot.class.getName(), arguments);
    }

    static Map<String, String> environment(FunctionConfig config, InitializationType type, Path taskRoot, String logStreamName,
                                           String runtimeApi, String xrayDaemon) {
        Map<String, String> env = new LinkedHashMap<>(
                ReservedEnvironment.of(config, type, logStreamName, taskRoot.toString(), runtimeApi, xrayDaemon));
        env.put("_LAMBDA_TELEMETRY_LOG_FD", Integer.toString(ChildCommandLine.TELEMETRY_FD));
        if (!SystemLocale.hasEnUsUtf8() && !config.environment().containsKey("LC_ALL")) {
            // Without the locale the child's default charset is ASCII and the S3 serializer mangles non-ASCII text.
            env.put("LC_ALL", "C.UTF-8");
        }
        return env;
    }
}
