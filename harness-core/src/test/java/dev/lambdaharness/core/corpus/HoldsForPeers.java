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
 * another invocation at the same time.
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
        Path running = Files.createFile(dir.resolve("running-" + context.getAwsRequestId()));
        int together = 0;
        long until = System.nanoTime() + hold * 1_000_000L;
        do {
            together = Math.max(together, count(dir));
            Thread.sleep(5);
        } while (System.nanoTime() < until);
        for (Path path : held) {
            Files.delete(path);
        }
        Files.delete(running);
        return Map.of("together", together, "partitionShared", partitionShared);
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(file -> file.getFileName().toString().startsWith("running-")).count();
        }
    }
}
