package dev.lambdaharness.core.internal.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A command started as owned by a process ends, with what it forked, when that process is killed with -9. */
class OwnedCommandIT {

    @Test
    void theCommandAndItsForksEndWhenTheOwnerIsKilled() throws Exception {
        Process owner = new ProcessBuilder("sleep", "60").start();
        // The owned command forks a grandchild of its own, as JMH forks its benchmark JVMs.
        Process owned = new ProcessBuilder(ChildCommandLine.ownedBy(List.of("/bin/sh", "-c", "sleep 60 & wait"), owner.pid()))
                .start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> owned.descendants().findAny().isPresent());
            List<ProcessHandle> forks = owned.descendants().toList();

            owner.destroyForcibly().waitFor();

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !owned.isAlive());
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> forks.stream().noneMatch(ProcessHandle::isAlive));
            assertThat(owned.exitValue()).as("killed, not ended by itself").isEqualTo(137);
        } finally {
            owned.descendants().forEach(ProcessHandle::destroyForcibly);
            owned.destroyForcibly();
            owner.destroyForcibly();
        }
    }
}
