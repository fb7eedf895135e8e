package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.PrivateTmpMount;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether forked children can have a {@code /tmp} of their own on this machine: Linux, util-linux
 * {@code unshare} and {@code mount}, unprivileged user and mount namespaces, and a directory outside
 * {@code /tmp} for the files a child reads. Found out once per JVM by starting a probe the way a
 * child is started ({@link ChildCommandLine#shellCommand(List, Path, long, PrivateTmpMount)}) and
 * checking that it wrote into its private {@code /tmp} (a tmpfs) as the test JVM's own user.
 *
 * <pre>{@code
 * PrivateTmp.unavailableBecause().ifPresent(reason -> { throw new IllegalStateException(reason); });
 * PrivateTmpMount mount = PrivateTmp.mountOn(environmentTmp);
 * }</pre>
 */
public final class PrivateTmp {

    private static final List<Path> BINARY_DIRECTORIES = List.of(Path.of("/usr/bin"), Path.of("/bin"), Path.of("/usr/sbin"),
            Path.of("/sbin"));
    private static final long PROBE_SECONDS = 10;

    private static Detection detection;

    private PrivateTmp() {
    }

    /** Why a private {@code /tmp} cannot work here, or empty when it can. */
    public static Optional<String> unavailableBecause() {
        return Optional.ofNullable(detect().reason);
    }

    /**
     * A child's own {@code /tmp} of {@code sizeMb} (the function's ephemeral storage).
     *
     * @throws IllegalStateException when a private {@code /tmp} cannot work here
     */
    static PrivateTmpMount ofSize(int sizeMb) {
        Detection found = detect();
        if (found.reason != null) {
            throw new IllegalStateException("A private /tmp is not available: " + found.reason);
        }
        return new PrivateTmpMount(found.unshare, found.mount, sizeMb, found.uid, found.gid);
    }

    private static synchronized Detection detect() {
        if (detection == null) {
            detection = probe();
        }
        return detection;
    }

    private static Detection probe() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Detection.unavailable("it needs Linux mount and user namespaces, and this is " + System.getProperty("os.name"));
        }
        Optional<Path> unshare = binary("unshare");
        Optional<Path> mount = binary("mount");
        if (unshare.isEmpty() || mount.isEmpty()) {
            return Detection.unavailable("it needs util-linux's unshare and mount, and " + (unshare.isEmpty() ? "unshare" : "mount")
                    + " is not in " + BINARY_DIRECTORIES + " or on the PATH");
        }
        long[] ids;
        try {
            ids = userAndGroup();
            ForkedFiles.outsideTmpBase();
        } catch (IOException e) {
            return Detection.unavailable(e.getMessage());
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("lambda-harness-tmp-probe-");
            Path output = directory.resolve("output");
            PrivateTmpMount probeMount = new PrivateTmpMount(unshare.get(), mount.get(), 1, ids[0], ids[1]);
            // What a child runs, with a shell in place of the JVM: it writes its user id into its /tmp and reads it back.
            List<String> command = ChildCommandLine.shellCommand(List.of("/bin/sh", "-c", "id -u > /tmp/probe && cat /tmp/probe"),
                    directory.resolve("telemetry"), ProcessHandle.current().pid(), probeMount);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            Process process = builder.start();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return Detection.unavailable("the probe " + String.join(" ", command.subList(0, 5)) + " did not end within "
                        + PROBE_SECONDS + " s");
            }
            String uid = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                return Detection.unavailable("the probe " + String.join(" ", command.subList(0, 5)) + " ended with status "
                        + process.exitValue() + ": " + uid);
            }
            if (!uid.equals(Long.toString(ids[0]))) {
                return Detection.unavailable("the probe ran as user " + uid + " instead of " + ids[0]);
            }
            return new Detection(unshare.get(), mount.get(), ids[0], ids[1], null);
        } catch (IOException e) {
            return Detection.unavailable("the probe could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Detection.unavailable("the probe was interrupted");
        } finally {
            ForkedFiles.deleteRecursively(directory);
        }
    }

    private static Optional<Path> binary(String name) {
        List<Path> directories = new ArrayList<>(BINARY_DIRECTORIES);
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    directories.add(Path.of(entry));
                }
            }
        }
        return directories.stream().map(directory -> directory.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    /** The real user and group ids of this JVM, from {@code /proc/self/status}. */
    private static long[] userAndGroup() throws IOException {
        long uid = -1;
        long gid = -1;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("Uid:")) {
                uid = Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
            } else if (line.startsWith("Gid:")) {
                gid = Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
            }
        }
        if (uid < 0 || gid < 0) {
            throw new IOException("/proc/self/status names no Uid or Gid");
        }
        return new long[] {uid, gid};
    }

    /** What the probe found: the tools and ids, or why it cannot work. */
    private record Detection(Path unshare, Path mount, long uid, long gid, String reason) {

        static Detection unavailable(String reason) {
            return new Detection(null, null, -1, -1, reason);
        }
    }
}
