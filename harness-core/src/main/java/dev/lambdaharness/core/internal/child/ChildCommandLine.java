package dev.lambdaharness.core.internal.child;

import dev.lambdaharness.core.internal.RuntimeSystemProperties;
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
                "--add-opens=java.base/java.io=ALL-UNNAMED"));
        RuntimeSystemProperties.commandLine().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-XX:+ErrorFileToStderr");
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
     * Where util-linux {@code setsid} is found ({@link ProcessGroup}), the shell runs in a session
     * and process group of its own, which the JVM and everything it starts inherit.
     *
     * <p>The watcher is a background subshell, a child of the JVM once the shell has {@code exec}ed:
     * every half second it checks that the owner ({@code ownerPid}) and the JVM still live. When the
     * owner is gone, killed outright so that no shutdown hook ran, or when the JVM is gone, it kills
     * the JVM's whole process group with SIGKILL: a runtime stuck in a loop never calls {@code next}
     * again and would never notice on its own, and a process the handler started ends with the
     * environment, as the sandbox takes it down on Lambda, even after the JVM it was a child of is
     * gone (a double fork included). A process that leaves the group ({@code setsid}) escapes. Without
     * {@code setsid} (not Linux) only the JVM is killed, when the owner is gone. POSIX {@code sh},
     * {@code kill -0} and {@code sleep}, no agent in the child. Core dumps are switched off for the JVM.
     */
    static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid) {
        return shellCommand(javaCommand, telemetryFile, ownerPid, ProcessGroup.setsid().orElse(null));
    }

    /** As {@link #shellCommand(List, Path, long)}, with {@code setsid} at the given path, or none when null. */
    static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid, Path setsid) {
        // No core file: a crashed JVM would write hundreds of MB into the task root, its working directory.
        String script = "ulimit -c 0; " + watcher(ownerPid, "", setsid != null) + " exec \"$0\" \"$@\" " + TELEMETRY_FD + ">"
                + shellQuote(telemetryFile.toString());
        List<String> command = new java.util.ArrayList<>(javaCommand.size() + 4);
        if (setsid != null) {
            command.add(setsid.toString());
        }
        command.add("/bin/sh");
        command.add("-c");
        command.add(script);
        command.addAll(javaCommand);
        return command;
    }

    /**
     * As {@link #shellCommand(List, Path, long)}, in a mount namespace of the child's own where a
     * tmpfs of {@code privateTmp.sizeMb()} is mounted on {@code /tmp}: {@code unshare} (no fork, so the
     * pid stays the JVM's) runs the shell as root of a new user namespace, which may mount; the shell
     * opens the telemetry file (it may lie under the real {@code /tmp}) before it mounts, starts the
     * watcher, and {@code exec}s the JVM through a second {@code unshare} that maps the user and group
     * back to the test JVM's. A failed mount ends the child with status 125 and says why on stderr.
     */
    public static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid,
                                            PrivateTmpMount privateTmp) {
        return shellCommand(javaCommand, telemetryFile, ownerPid, privateTmp, ProcessGroup.setsid().orElse(null));
    }

    /** As {@link #shellCommand(List, Path, long, PrivateTmpMount)}, with {@code setsid} at the given path, or none when null. */
    static List<String> shellCommand(List<String> javaCommand, Path telemetryFile, long ownerPid, PrivateTmpMount privateTmp,
                                     Path setsid) {
        if (privateTmp == null) {
            return shellCommand(javaCommand, telemetryFile, ownerPid, setsid);
        }
        String script = "ulimit -c 0; exec " + TELEMETRY_FD + ">" + shellQuote(telemetryFile.toString()) + "; "
                + shellQuote(privateTmp.mount().toString()) + " -t tmpfs -o size=" + privateTmp.sizeMb() + "m,mode=1777 lambda-tmp /tmp"
                + " || { echo 'lambda-harness: could not mount the private /tmp' >&2; exit 125; }; "
                + watcher(ownerPid, " " + TELEMETRY_FD + ">&-", setsid != null)
                + " exec " + shellQuote(privateTmp.unshare().toString()) + " --user --map-user=" + privateTmp.uid()
                + " --map-group=" + privateTmp.gid() + " \"$0\" \"$@\"";
        List<String> command = new java.util.ArrayList<>(javaCommand.size() + 9);
        if (setsid != null) {
            command.add(setsid.toString());
        }
        command.addAll(List.of(privateTmp.unshare().toString(), "--mount", "--map-root-user", "--propagation", "private",
                "/bin/sh", "-c", script));
        command.addAll(javaCommand);
        return command;
    }

    /**
     * A command that ends when its owner does, however the owner ends ({@code kill -9} included):
     * started, like a child JVM, as the leader of a process group of its own with a watcher beside it
     * that kills the group, so whatever the command forks (JMH's forks, say) ends too. Where there is
     * no {@code setsid}, only the command itself is killed.
     *
     * <pre>{@code
     * new ProcessBuilder(ChildCommandLine.ownedBy(List.of(java, "org.openjdk.jmh.Main"), ProcessHandle.current().pid())).start();
     * }</pre>
     */
    public static List<String> ownedBy(List<String> command, long ownerPid) {
        Path setsid = ProcessGroup.setsid().orElse(null);
        List<String> owned = new java.util.ArrayList<>(command.size() + 4);
        if (setsid != null) {
            owned.add(setsid.toString());
        }
        owned.addAll(List.of("/bin/sh", "-c", watcher(ownerPid, "", setsid != null) + " exec \"$0\" \"$@\""));
        owned.addAll(command);
        return owned;
    }

    /**
     * A background subshell that, once its owner or the JVM ({@code $$}, once the shell has
     * {@code exec}ed) is gone, kills the JVM's process group, itself included, when the JVM leads
     * one; else only the JVM, and only when the owner is gone. {@code redirections} are added to its own.
     */
    private static String watcher(long ownerPid, String redirections, boolean groupLeader) {
        String end = groupLeader ? "kill -9 -$$" : "kill -0 " + ownerPid + " || kill -9 $$";
        return "(while kill -0 " + ownerPid + " && kill -0 $$; do sleep " + WATCH_INTERVAL_SECONDS + "; done; "
                + end + ") </dev/null >/dev/null 2>&1" + redirections + " &";
    }

    private static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
