package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What CloudWatch Logs extracts from embedded-metric-format records, and what it leaves. */
class EmbeddedMetricsTest {

    private static LogEvent function(String line) {
        return new LogEvent(Instant.EPOCH, LogEvent.Source.FUNCTION, line);
    }

    @Test
    void eachDimensionSetOfEachMetricIsAMetricOfItsOwn() {
        List<EmbeddedMetric> metrics = EmbeddedMetrics.in(List.of(function("{\"_aws\":{\"Timestamp\":1700000000000,"
                + "\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\",\"Dimensions\":[[\"Service\"],[\"Service\",\"Type\"]],"
                + "\"Metrics\":[{\"Name\":\"Total\",\"Unit\":\"Count\"}]}]},\"Service\":\"orders\",\"Type\":\"web\",\"Total\":[1,2]}")));

        assertThat(metrics).containsExactly(
                new EmbeddedMetric("Orders", "Total", List.of(1.0, 2.0), "Count", 60, Map.of("Service", "orders"),
                        Instant.ofEpochMilli(1_700_000_000_000L)),
                new EmbeddedMetric("Orders", "Total", List.of(1.0, 2.0), "Count", 60,
                        Map.of("Service", "orders", "Type", "web"), Instant.ofEpochMilli(1_700_000_000_000L)));
        assertThatThrownBy(() -> metrics.get(0).value()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Metric Orders/Total has 2 values [1.0, 2.0]: read them with values().");
    }

    @Test
    void whatCloudWatchWouldNotExtractIsLeftOut() {
        List<LogEvent> logs = List.of(
                function("plain text with \"_aws\" in it"),
                new LogEvent(Instant.EPOCH, LogEvent.Source.PLATFORM, "{\"_aws\":{\"CloudWatchMetrics\":[]}}"),
                function("{\"_aws\":{\"Timestamp\":0,\"CloudWatchMetrics\":[{\"Namespace\":\"N\",\"Dimensions\":[[\"Absent\"]],"
                        + "\"Metrics\":[{\"Name\":\"A\"}]}]},\"A\":1}"),
                function("{\"_aws\":{\"Timestamp\":0,\"CloudWatchMetrics\":[{\"Namespace\":\"N\",\"Dimensions\":[],"
                        + "\"Metrics\":[{\"Name\":\"Text\"},{\"Name\":\"Missing\"},{\"Name\":\"Kept\"}]}]},\"Text\":\"x\",\"Kept\":5}"));

        assertThat(EmbeddedMetrics.in(logs)).containsExactly(
                new EmbeddedMetric("N", "Kept", List.of(5.0), "None", 60, Map.of(), Instant.EPOCH));
    }
}
