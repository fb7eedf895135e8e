package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Shows how many invocations of it run at once, through files in the directory {@code PEERS_DIR}:
 * each marks itself running for {@code HOLD_MILLIS} of real time (300 unless set), and answers the
 * most invocations it saw running meanwhile, and whether a Kafka partition of its event was held by
 * another invocation at the same time. The first {@code EXPECT_PEERS} invocations (1 unless set)
 * hold on, up to {@code WAIT_MILLIS} (10 s unless set), until they see that many running, so that
 * a first wave whose cold starts a busy machine spreads out still meets; a mapping that runs fewer
 * at once leaves them waiting the whole time and answering fewer.
 */
public class HoldsForPeers {
    public Map<String, Object> handle(Map<String, Object> event, Context context) throws IOException, InterruptedException {
        Path dir = Path.of(System.getenv("PEERS_DIR"));
        long hold = Long.parseLong(System.getenv().getOrDefault("HOLD_MILLIS", "300"));
        boolean partitionShared = false;
        List<Path> held = new ArrayList<>();
        if (event.get("records") instanceof Map<?, ?> byPartition) {
            for (Object partition : byPartition.keySet()) {
                try {
                    held.add(Files.createFile(dir.resolve("partition-" + partition)));
                } catch (FileAlreadyExistsException e) {
                    partitionShared = true;
                }
            }
        }
        int expected = Integer.parseInt(System.getenv().getOrDefault("EXPECT_PEERS", "1"));
        long wait = Long.parseLong(System.getenv().getOrDefault("WAIT_MILLIS", "10000"));
        boolean firstWave = ordinal(dir) <= expected;
        Path running = Files.createFile(dir.resolve("running-" + context.getAwsRequestId()));
        int together = 0;
        long start = System.nanoTime();
        long until = start + hold * 1_000_000L;
        long longest = start + wait * 1_000_000L;
        do {
            together = Math.max(together, count(dir));
            Thread.sleep(5);
        } while (System.nanoTime() < until || firstWave && together < expected && System.nanoTime() < longest);
        for (Path path : held) {
            Files.delete(path);
        }
        Files.delete(running);
        return Map.of("together", together, "partitionShared", partitionShared);
    }

    /** This invocation's place among all of them, 1 for the first to start: a marker file each, made atomically. */
    private static int ordinal(Path dir) throws IOException {
        for (int ordinal = 1;; ordinal++) {
            try {
                Files.createFile(dir.resolve("started-" + ordinal));
                return ordinal;
            } catch (FileAlreadyExistsException taken) {
                // a peer started before this one
            }
        }
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(file -> file.getFileName().toString().startsWith("running-")).count();
        }
    }
}
