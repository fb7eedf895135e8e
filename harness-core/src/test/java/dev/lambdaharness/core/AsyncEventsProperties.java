package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any plan of failures and successes, retry settings, event age, reservation and moment of
 * closing, every asynchronous event ends exactly once: in a destination, in the dead-letter target,
 * or in the report of events pending when the runtime closed, also when each is delivered twice;
 * and its record's condition and {@code approximateInvokeCount} are what Lambda's rules give for
 * the plan.
 */
class AsyncEventsProperties {

    private static final String SUCCESSES = "arn:aws:sqs:us-east-1:123456789012:successes";
    private static final String FAILURES = "arn:aws:sqs:us-east-1:123456789012:failures";
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:123456789012:dead-letters";

    @Property(tries = 45)
    void everyEventEndsExactlyOnceWhereLambdasRulesSendIt(
            @ForAll("plans") List<List<String>> plans,
            @ForAll @IntRange(min = 0, max = 2) int retries,
            @ForAll("ages") int maximumAgeSeconds,
            @ForAll boolean zeroReserved,
            @ForAll boolean deadLetterTarget,
            @ForAll boolean closeEarly,
            @ForAll boolean duplicates) throws IOException {
        Path directory = Files.createTempDirectory("plans");
        AsyncInvokeConfig async = AsyncInvokeConfig.DEFAULT.withMaximumRetryAttempts(retries)
                .withMaximumEventAgeInSeconds(maximumAgeSeconds).withOnSuccessDestination(SUCCESSES);
        FunctionConfig.Builder config = FunctionConfig.builder("dev.lambdaharness.core.corpus.FollowsAPlan::handle");
        if (deadLetterTarget) {
            config.deadLetterTarget(DEAD_LETTERS);
        } else {
            async = async.withOnFailureDestination(FAILURES);
        }
        config.asyncInvoke(async);
        if (zeroReserved) {
            config.reservedConcurrency(0);
        }
        VirtualClock clock = RuntimeClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).duplicateAsyncEvents(duplicates ? 1.0 : 0.0).build();
        Map<String, List<String>> planOf = new HashMap<>();
        try {
            LambdaFunction function = runtime.function(config.build(), CorpusCode.code());
            for (List<String> plan : plans) {
                String id = function.invokeAsync(Map.of("directory", directory.toString(), "plan", plan)).requestId();
                planOf.put(id, plan);
            }
            if (!closeEarly) {
                assertThat(runtime.settleAsync(Duration.ofSeconds(30))).isEmpty();
            }
        } finally {
            runtime.close();
        }

        Map<String, Integer> endings = new HashMap<>();
        List<JsonNode> records = new ArrayList<>();
        for (String arn : List.of(SUCCESSES, FAILURES)) {
            for (DeliveredRecord record : runtime.destination(arn).records()) {
                JsonNode body = record.bodyAsJson();
                records.add(body);
                endings.merge(body.at("/requestContext/requestId").asText(), 1, Integer::sum);
            }
        }
        Map<String, DeliveredRecord> deadLetters = runtime.destination(DEAD_LETTERS).records().stream()
                .collect(Collectors.toMap(record -> record.attributes().get("RequestID"), record -> record));
        deadLetters.keySet().forEach(id -> endings.merge(id, 1, Integer::sum));
        runtime.pendingAsyncEvents().forEach(event -> endings.merge(event.requestId(), 1, Integer::sum));
        assertThat(endings).as("each event ends once").containsOnlyKeys(planOf.keySet()).allSatisfy((id, n) -> assertThat(n).isOne());
        if (!closeEarly) {
            assertThat(runtime.pendingAsyncEvents()).isEmpty();
        }
        for (JsonNode record : records) {
            List<String> plan = attempts(planOf.get(record.at("/requestContext/requestId").asText()), duplicates);
            Expected expected = Expected.of(plan, retries, maximumAgeSeconds, zeroReserved);
            assertThat(record.at("/requestContext/condition").asText()).as("condition for %s", plan).isEqualTo(expected.condition);
            assertThat(record.at("/requestContext/approximateInvokeCount").asInt()).as("count for %s", plan)
                    .isEqualTo(expected.invocations);
        }
        deadLetters.forEach((id, record) -> {
            Expected expected = Expected.of(attempts(planOf.get(id), duplicates), retries, maximumAgeSeconds, zeroReserved);
            assertThat(expected.condition).isNotEqualTo("Success");
            assertThat(record.attributes().get("ErrorCode")).isEqualTo(zeroReserved ? "429" : "200");
        });
    }

    /**
     * What the attempts that count see of a plan: a duplicate delivery runs right after the first
     * attempt and takes the plan's second step, so the first retry takes its third.
     */
    private static List<String> attempts(List<String> plan, boolean duplicates) {
        if (!duplicates || plan.isEmpty()) {
            return plan;
        }
        List<String> counted = new ArrayList<>(List.of(plan.get(0)));
        counted.addAll(plan.subList(Math.min(2, plan.size()), plan.size()));
        return counted;
    }

    /** What Lambda's rules make of a plan: the condition and how many times the function ran. */
    private record Expected(String condition, int invocations) {
        static Expected of(List<String> plan, int retries, int maximumAgeSeconds, boolean zeroReserved) {
            if (zeroReserved) {
                return new Expected("ZeroReservedConcurrency", 0);
            }
            long age = 0;
            for (int attempt = 1; ; attempt++) {
                if (attempt <= plan.size() && "ok".equals(plan.get(attempt - 1))) {
                    return new Expected("Success", attempt);
                }
                if (attempt - 1 >= retries) {
                    return new Expected("RetriesExhausted", attempt);
                }
                long delay = attempt == 1 ? 60 : 120;
                if (age + delay >= maximumAgeSeconds) {
                    return new Expected("EventAgeExceeded", attempt);
                }
                age += delay;
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> plans() {
        return Arbitraries.of("ok", "fail").list().ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4);
    }

    /** Event ages around the retry delays' sums (60, 180) and beyond, where off-by-one mistakes would show. */
    @Provide
    Arbitrary<Integer> ages() {
        return Arbitraries.oneOf(Arbitraries.of(60, 61, 119, 120, 179, 180, 181, 21600), Arbitraries.integers().between(60, 400));
    }
}
