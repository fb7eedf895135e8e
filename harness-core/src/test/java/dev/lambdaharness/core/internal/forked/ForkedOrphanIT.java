package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lambdaharness.core.corpus.ForkedParentMain;
import dev.lambdaharness.core.corpus.SpinsForever;
import dev.lambdaharness.core.corpus.StartsAProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No forked child outlives its test JVM, even one stuck in a loop that never calls {@code next}
 * again: a parent JVM starts one running {@code SpinsForever}, then dies.
 */
class ForkedOrphanIT {

    private static final long STARTUP_SECONDS = 60;

    @TempDir
    Path directory;
    private Path log;

    @Test
    void aSpinningChildDiesWithinSecondsOfItsParentBeingKilled() throws Exception {
        Path marker = directory.resolve("child.pid");
        Process parent = startParent(marker, "wait");
        ProcessHandle child = awaitSpinningChild(parent, marker);

        killAndAwaitGone(parent, child); // SIGKILL: no shutdown hook runs, the watcher must act
    }

    @Test
    void aProcessTheHandlerStartedDiesWithinSecondsOfTheTestJvmBeingKilled() throws Exception {
        Path marker = directory.resolve("sleep.pid");
        Process parent = startParent(directory, marker, "wait", "shared-tmp", StartsAProcess.class.getName());
        ProcessHandle sleep = awaitSpinningChild(parent, marker);

        killAndAwaitGone(parent, sleep); // the child's watcher must take the handler's process down with the JVM
    }

    @Test
    void aPooledSpareDiesWithinSecondsOfItsTestJvmBeingKilled() throws Exception {
        Path marker = directory.resolve("spare.pid");
        Process parent = startParent(marker, "spare");
        ProcessHandle spare = awaitSpinningChild(parent, marker);

        killAndAwaitGone(parent, spare); // the pool never closed: the spare's watcher must end it
    }

    @Test
    void theNextRunReclaimsTheTemporaryDirectoriesOfATestJvmThatWasKilled() throws Exception {
        Path marker = directory.resolve("child.pid");
        Process killed = startParent(marker, "wait");
        ProcessHandle child = awaitSpinningChild(killed, marker);
        killAndAwaitGone(killed, child); // no shutdown hook deletes its files
        Path tmp = directory.resolve("tmp");
        String owner = "-p" + killed.pid() + "-";
        assertThat(leftovers(tmp, owner)).as("what the killed JVM left in its java.io.tmpdir")
                .anyMatch(name -> name.startsWith("lambda-harness-forked-"))
                .anyMatch(name -> name.startsWith("lambda-harness-child-"))
                .anyMatch(name -> name.startsWith("lambda-harness-ric-jni-"));

        Path nextMarker = directory.resolve("next.pid");
        Process next = startParent(nextMarker, "exit");
        awaitSpinningChild(next, nextMarker);
        assertThat(next.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(leftovers(tmp, owner)).isEmpty();
    }

    private static List<String> leftovers(Path tmp, String owner) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(tmp)) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.contains(owner)).toList();
        }
    }

    @Test
    void aSpinningChildWithAPrivateTmpDiesWithinSecondsOfItsParentBeingKilled() throws Exception {
        // The watcher then runs inside the child's user namespace: it must still see, and outlive, the parent.
        org.junit.jupiter.api.Assumptions.assumeTrue(PrivateTmp.unavailableBecause().isEmpty(),
                () -> "no private /tmp on this machine: " + PrivateTmp.unavailableBecause().orElseThrow());
        // The child cannot see this test's directory under /tmp: the parent works in one outside it.
        Path outside = Files.createTempDirectory(ForkedFiles.outsideTmpBase(), "orphan-");
        Path marker = outside.resolve("child.pid");
        Process parent = startParent(outside, marker, "wait", "private-tmp");
        ProcessHandle child = awaitSpinningChild(parent, marker);

        killAndAwaitGone(parent, child);
    }

    @Test
    void aSpinningChildDiesWhenItsParentExitsWithoutClosingItsRuntime() throws Exception {
        Path marker = directory.resolve("child.pid");
        Process parent = startParent(marker, "exit");
        ProcessHandle child = awaitSpinningChild(parent, marker);

        assertThat(parent.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(parent.exitValue()).isZero();

        awaitGone(child, 5);
    }

    private Process startParent(Path marker, String mode) throws IOException {
        return startParent(directory, marker, mode, "shared-tmp");
    }

    private Process startParent(Path workDirectory, Path marker, String mode, String tmp) throws IOException {
        return startParent(workDirectory, marker, mode, tmp, SpinsForever.class.getName());
    }

    private Process startParent(Path workDirectory, Path marker, String mode, String tmp, String handler) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // A parent killed outright leaves its temporary files behind: they go into the test's directory.
        Path parentTmp = Files.createDirectories(workDirectory.resolve("tmp"));
        log = workDirectory.resolve("parent.log");
        return new ProcessBuilder(List.of(java.toString(), "-Djava.io.tmpdir=" + parentTmp, "-cp", System.getProperty("java.class.path"),
                "dev.lambdaharness.core.corpus.ForkedParentMain", marker.toString(), mode, tmp, handler))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private ProcessHandle awaitSpinningChild(Process parent, Path marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_SECONDS);
        try {
            while (!Files.exists(marker)) {
                if (parent.waitFor(20, TimeUnit.MILLISECONDS) && !Files.exists(marker)) {
                    fail("The parent JVM ended (exit " + parent.exitValue() + ") before its child spun: "
                            + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("No forked child spun within " + STARTUP_SECONDS + " s: " + Files.readString(log));
                }
            }
            ProcessHandle child = ProcessHandle.of(Long.parseLong(Files.readString(marker).trim())).orElseThrow();
            assertThat(child.isAlive()).isTrue();
            assertThat(parent.toHandle().descendants()).contains(child);
            Files.writeString(ForkedParentMain.seenMarker(marker), "");
            return child;
        } catch (Throwable e) {
            parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
            throw e;
        }
    }

    /** Kills the parent JVM with SIGKILL, then waits, at most 5 s, for {@code process} to be gone too. */
    private static void killAndAwaitGone(Process parent, ProcessHandle process) throws Exception {
        parent.destroyForcibly();
        assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
        awaitGone(process, 5);
    }

    private static void awaitGone(ProcessHandle child, int seconds) throws Exception {
        try {
            child.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            child.destroyForcibly();
            fail("The process " + child.pid() + " outlived the test JVM by more than " + seconds + " s");
        }
        assertThat(child.isAlive()).isFalse();
    }
}
