package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.Events;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CloudWatchLogsEventBuilderTest {

    @Test
    void dataIsTheGzippedBase64OfTheSubscriptionDocument() throws IOException {
        JsonNode event = JsonMatch.tree(Events.cloudWatchLogs().logGroup("/aws/lambda/checkout").account("210987654321")
                .subscriptionFilter("errors").logEvent("ERROR payment declined").logEvent("INFO retry").build());

        assertThat(event.get("awslogs").size()).isEqualTo(1);
        assertMatches(decoded(event.at("/awslogs/data").asText()), """
                {"messageType": "DATA_MESSAGE", "owner": "210987654321", "logGroup": "/aws/lambda/checkout",
                 "logStream": "re:2024/05/01/\\\\[\\\\$LATEST\\\\][0-9a-f]{32}", "subscriptionFilters": ["errors"],
                 "logEvents": [
                   {"id": "re:[1-9][0-9]{55}", "timestamp": 1714564800250, "message": "ERROR payment declined"},
                   {"id": "re:[1-9][0-9]{55}", "timestamp": 1714564800250, "message": "INFO retry"}
                 ]}
                """);
    }

    @Test
    void logEventsHaveIncreasingIdsAndTimesFromTheClock() throws IOException {
        TickingClock clock = new TickingClock(Instant.parse("2025-01-01T00:00:00Z"), Duration.ofSeconds(1));

        JsonNode logEvents = decoded(JsonMatch.tree(Events.cloudWatchLogs().logEvents(20, i -> "line " + i)
                .clock(clock).build()).at("/awslogs/data").asText()).get("logEvents");

        assertThat(logEvents).hasSize(20);
        List<String> ids = JsonMatch.texts(logEvents, "/id");
        for (int i = 1; i < ids.size(); i++) {
            assertThat(new BigInteger(ids.get(i))).isGreaterThan(new BigInteger(ids.get(i - 1)));
            assertThat(logEvents.get(i).get("timestamp").asLong() - logEvents.get(i - 1).get("timestamp").asLong())
                    .isEqualTo(1000);
        }
        assertThat(logEvents.get(7).get("message").asText()).isEqualTo("line 7");
    }

    @Test
    void typedEventKeepsTheEncodedData() throws IOException {
        CloudWatchLogsEvent event = Events.cloudWatchLogs().logStream("s").logEvent("hello").build()
                .as(CloudWatchLogsEvent.class);

        JsonNode document = decoded(event.getAwsLogs().getData());
        assertThat(document.get("logStream").asText()).isEqualTo("s");
        assertThat(document.at("/logEvents/0/message").asText()).isEqualTo("hello");
    }

    private static JsonNode decoded(String data) throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
            return new ObjectMapper().readTree(gzip.readAllBytes());
        }
    }
}
