package example.orders;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Event;
import dev.lambdaharness.junit.LambdaTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nightly job, invoked through the alias SAM publishes for it (AutoPublishAlias: live). */
@LambdaTest(template = "template.yaml", function = "NightlyReportFunction")
class NightlyReportTest {

    @Test
    void publishesTheDaysFigureAsACloudWatchMetric(LambdaFunction report, @Event("eventbridge/scheduled") ScheduledEvent tick) {
        InvocationResult result = report.invoke(tick);

        assertThat(report.qualifier()).contains("live");
        assertThat(result.executedVersion()).isEqualTo("1");
        assertThat(result).succeeded().hasPayload("\"reported 42 orders shipped\"");
        assertThat(result).emittedMetric("Orders", "OrdersShipped").hasValue(42).hasUnit("Count")
                .hasDimensions(Map.of("Service", "orders"));
    }
}
