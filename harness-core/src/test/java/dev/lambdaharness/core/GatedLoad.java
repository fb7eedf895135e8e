package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * N callers invoke a function with reserved concurrency R at once, each once, and every invocation
 * that runs holds its environment until all the others were throttled: exactly R run and N - R are
 * throttled, whatever the machine's speed. Shared by the in-process test and the forked IT.
 */
final class GatedLoad {

    private GatedLoad() {
    }

    static void runsReservedAndThrottlesTheRest(Isolation isolation, int callers, int reserved, Path directory) {
        AtomicInteger throttled = new AtomicInteger();
        InvocationListener listener = new InvocationListener() {
            @Override
            public void invoked(LambdaFunction function, InvocationResult result) {
            }

            @Override
            public void throttled(LambdaFunction function, TooManyRequestsException throttle) {
                throttled.incrementAndGet();
            }
        };
        Path gate = directory.resolve("gate");
        try (LambdaRuntime runtime = LambdaRuntime.builder().invocationListener(listener).build()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.WaitsForGate::handle")
                    .functionName("gated").timeout(60).reservedConcurrency(reserved).build(), CorpusCode.code(), isolation);
            CompletableFuture<LoadTestResult> load = CompletableFuture.supplyAsync(() -> LoadTest.of(function)
                    .event(Map.of("gate", gate.toString())).invocations(callers).concurrency(callers).run());
            await().atMost(Duration.ofSeconds(60)).until(() -> started(directory) == reserved && throttled.get() == callers - reserved);
            touch(gate);
            LoadTestResult result = load.join();

            assertThat(result.invoked()).isEqualTo(reserved);
            assertThat(result.succeeded()).isEqualTo(reserved);
            assertThat(result.throttles()).isEqualTo(callers - reserved);
            assertThat(result.throttlesByReason())
                    .containsExactly(Map.entry(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED, callers - reserved));
            assertThat(result.coldStarts()).isEqualTo(reserved);
            assertThat(function.environments()).hasSize(reserved);
            assertThat(function.metrics().concurrentExecutions()).isEqualTo(reserved);
            assertThat(function.metrics().throttles()).isEqualTo(callers - reserved);
            assertThat(function.metrics().invocations()).isEqualTo(reserved);
            assertNoEnvironmentRanTwoAtOnce(result.results());
            assertEachSawItsOwnEnvironment(result.results());
        }
    }

    /**
     * Environments running at the same time each keep their own view: their variables, their output
     * and the trace header of their own invocation.
     */
    static void assertEachSawItsOwnEnvironment(List<InvocationResult> results) {
        for (InvocationResult result : results) {
            JsonNode body = result.payloadAsJson();
            String requestId = body.get("requestId").asText();
            assertThat(body.get("logStreamVariable").asText()).isEqualTo(body.get("logStream").asText());
            assertThat(result.logText()).contains("invocation " + requestId + " starts", "invocation " + requestId + " ends");
            assertThat(result.logs()).filteredOn(event -> event.message().startsWith("invocation "))
                    .allSatisfy(event -> assertThat(event.message()).contains(requestId));
        }
        assertThat(results).extracting(result -> result.payloadAsJson().get("logStream").asText()).doesNotHaveDuplicates();
        assertThat(results).extracting(result -> result.payloadAsJson().get("traceProperty").asText())
                .doesNotHaveDuplicates().allSatisfy(header -> assertThat(header).startsWith("Root=1-"));
    }

    /** Each result says where it ran and when; no two of one log stream may overlap. */
    static void assertNoEnvironmentRanTwoAtOnce(List<InvocationResult> results) {
        Map<String, List<long[]>> byStream = new HashMap<>();
        for (InvocationResult result : results) {
            JsonNode body = result.payloadAsJson();
            byStream.computeIfAbsent(body.get("logStream").asText(), s -> new ArrayList<>())
                    .add(new long[] {body.get("start").asLong(), body.get("end").asLong()});
        }
        byStream.forEach((stream, spans) -> {
            spans.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i)[0]).as("an invocation in %s started before the one before it ended", stream)
                        .isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
            }
        });
    }

    private static long started(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("started-")).count();
        }
    }

    private static void touch(Path file) {
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
