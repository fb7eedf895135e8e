package dev.lambdaharness.core.internal.child;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of the child JVM, as the Lambda java17/java21 managed runtime builds it
 * (runtime-facts §2.1, §3.1), and the shell that starts it with the telemetry fd and a watcher.
 * Left out on purpose: the Log4j hot-patch agent and the CDS archive of {@code /var/lang} (neither
 * exists here). The environment is the launcher's business ({@link ChildLaunch#environment()}).
 *
 * <pre>{@code
 * List<String> java = ChildCommandLine.javaCommand(javaHome, 512,
 *         RicRuntimeLibraries.nativeClient(javaHome.osArch(), javaHome.musl()), RicRuntimeLibraries.classPath(),
 *         "com.example.Hello::handleRequest");
 * }</pre>
 */
public final class ChildCommandLine {

    /** The fd number the telemetry log sink is opened on, as on Lambda. */
    public static final int TELEMETRY_FD = 3;

    /** How often a child's watcher checks that its owner still lives. */
    static final String WATCH_INTERVAL_SECONDS = "0.5";

    private ChildCommandLine() {
    }

    /** {@code java ... AWSLambda <handler>}, flag for flag as in the managed runtime's {@code /proc/self/cmdline}. */
    public static List<String> javaCommand(JavaHome javaHome, int memoryMb, Path nativeClient, List<Path> classPath, String handler) {
        return javaCommand(javaHome, memoryMb, nativeClient, classPath, RicRuntimeLibraries.MAIN_CLASS, List.of(handler));
    }

    /**
     * The managed runtime's command line with another main class and arguments, for children that start
     * the runtime through a class of the harness (its own runtime client, a spare environment).
     *
     * @param nativeClient the RIC's JNI library, or {@code null} for a child that does not run the RIC
     */
    public static List<String> javaCommand(JavaHome javaHome, int memoryMb, Path nativeClient, List<Path> classPath,
                                           String mainClass, List<String> arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(
                javaHome.javaExecutable().toString(),
                "-XX:MaxHeapSize=" + LambdaHeapSize.maxHeapKib(memoryMb) + "k",
                "-XX:+UseSerialGC",
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac",
                "-Djava.net.preferIPv4Stack=true",
                "-XX:+ErrorFileToStderr"));
        if (nativeClient != null) {
            command.add("-D" + RicRuntimeLibraries.JNI_PROPERTY + "=" + nativeClient);
        }
        command.add("-classpath");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        command.addAll(arguments);
        if (javaHome.featureVersion() >= 22) {
            // JDK 22+ warns on stderr when the RIC loads its JNI client; the java25 runtime's exact flags are
            // not documented, and a warning no Lambda log shows must not reach the function's output.
            command.add(1, "--enable-native-access=ALL-UNNAMED");
        }
        return List.copyOf(command);
    }

    /**
     * Wraps the java command in {@code /bin/sh -c '<watcher> & exec "$0" "$@" 3>file'}: a
     * ProcessBuilder cannot pass a third fd, and {@code exec} keeps the process's pid the JVM's.
     *
     * <p>The watcher is a background subshell, a child of the JVM once the shell has {@code exec}ed:
     * every half second it checks that the owner ({@code ownerPid}) and the JVM still live. When the
     * owner is gone, killed outright so that no shutdown hook ran, it kills the JVM with SIGKILL:
     * a runtime stuck in a loop never calls {@code next} again and would never notice on its own.
     * When the JVM is gone it ends. POSIX {@code sh}, {@code kill -0} and {@code sleep}: Linux and
     * macOS alike, no agent in the child. Core dumps are switched off for the JVM.
     */
    static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid) {
        // No core file: a crashed JVM would write hundreds of MB into the task root, its working directory.
        String script = "ulimit -c 0; " + watcher(ownerPid, "") + " exec \"$0\" \"$@\" " + TELEMETRY_FD + ">"
                + shellQuote(telemetryFile.toString());
        List<String> command = new java.util.ArrayList<>(javaCommand.size() + 3);
        command.add("/bin/sh");
        command.add("-c");
        command.add(script);
        command.addAll(javaCommand);
        return command;
    }

    /**
     * As {@link #shellCommand(List, Path, long)}, in a mount namespace of the child's own where
     * {@code privateTmp.source()} is bind-mounted on {@code /tmp}: {@code unshare} (no fork, so the
     * pid stays the JVM's) runs the shell as root of a new user namespace, which may mount; the shell
     * opens the telemetry file (it may lie under the real {@code /tmp}) before it mounts, starts the
     * watcher, and {@code exec}s the JVM through a second {@code unshare} that maps the user and group
     * back to the test JVM's. A failed mount ends the child with status 125 and says why on stderr.
     */
    public static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid,
                                            PrivateTmpMount privateTmp) {
        if (privateTmp == null) {
            return shellCommand(javaCommand, telemetryFile, ownerPid);
        }
        String script = "ulimit -c 0; exec " + TELEMETRY_FD + ">" + shellQuote(telemetryFile.toString()) + "; "
                + shellQuote(privateTmp.mount().toString()) + " --bind " + shellQuote(privateTmp.source().toString()) + " /tmp"
                + " || { echo 'lambda-harness: could not mount the private /tmp' >&2; exit 125; }; "
                + watcher(ownerPid, " " + TELEMETRY_FD + ">&-")
                + " exec " + shellQuote(privateTmp.unshare().toString()) + " --user --map-user=" + privateTmp.uid()
                + " --map-group=" + privateTmp.gid() + " \"$0\" \"$@\"";
        List<String> command = new java.util.ArrayList<>(javaCommand.size() + 8);
        command.addAll(List.of(privateTmp.unshare().toString(), "--mount", "--map-root-user", "--propagation", "private",
                "/bin/sh", "-c", script));
        command.addAll(javaCommand);
        return command;
    }

    /**
     * A background subshell that kills the JVM ({@code $$}, once the shell has {@code exec}ed) when
     * its owner is gone, and ends when the JVM is; {@code redirections} are added to its own.
     */
    private static String watcher(long ownerPid, String redirections) {
        return "(while kill -0 " + ownerPid + " && kill -0 $$; do sleep " + WATCH_INTERVAL_SECONDS + "; done; "
                + "kill -0 " + ownerPid + " || kill -9 $$) </dev/null >/dev/null 2>&1" + redirections + " &";
    }

    private static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
