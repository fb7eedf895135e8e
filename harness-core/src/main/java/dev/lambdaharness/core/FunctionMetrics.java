package dev.lambdaharness.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CloudWatch would show for a function over the life of its runtime, under CloudWatch's names:
 * counts ({@code Invocations}, {@code Errors}, {@code Throttles}, {@code AsyncEventsReceived},
 * {@code AsyncEventsDropped}, {@code DeadLetterErrors}, {@code DestinationDeliveryFailures}), the
 * highest concurrency seen ({@code ConcurrentExecutions}, {@code ProvisionedConcurrentExecutions})
 * and statistics of {@code Duration} and {@code AsyncEventAge} in milliseconds.
 *
 * <pre>{@code
 * FunctionMetrics metrics = function.metrics();
 * metrics.invocations();           // 12
 * metrics.value("Throttles");      // 3.0
 * metrics.duration().p90();        // 4.2
 * }</pre>
 *
 * @param invocations {@code Invocations}: invocations that ran, failed ones and async retries included
 * @param errors {@code Errors}: invocations that ended in a function error or timeout
 * @param throttles {@code Throttles}: invocation requests throttled
 * @param duration {@code Duration}: the invocations' durations, ms
 * @param concurrentExecutions {@code ConcurrentExecutions}: the most invocations running at once
 * @param provisionedConcurrentExecutions {@code ProvisionedConcurrentExecutions}: the most running at once on provisioned environments
 * @param asyncEventsReceived {@code AsyncEventsReceived}: events queued by asynchronous invocations
 * @param asyncEventAge {@code AsyncEventAge}: from an event's queueing to each of its invocations, ms
 * @param asyncEventsDropped {@code AsyncEventsDropped}: events dropped without running successfully
 * @param deadLetterErrors {@code DeadLetterErrors}: dead-letter messages that could not be delivered
 * @param destinationDeliveryFailures {@code DestinationDeliveryFailures}: destination records that could not be delivered
 */
public record FunctionMetrics(long invocations, long errors, long throttles, MetricStatistics duration,
        int concurrentExecutions, int provisionedConcurrentExecutions, long asyncEventsReceived,
        MetricStatistics asyncEventAge, long asyncEventsDropped, long deadLetterErrors, long destinationDeliveryFailures) {

    /** CloudWatch's names of the metrics, in the order {@link #values()} gives them. */
    public static final List<String> NAMES = List.of("Invocations", "Errors", "Throttles", "Duration",
            "ConcurrentExecutions", "ProvisionedConcurrentExecutions", "AsyncEventsReceived", "AsyncEventAge",
            "AsyncEventsDropped", "DeadLetterErrors", "DestinationDeliveryFailures");

    /**
     * Every metric by CloudWatch's name, with the statistic CloudWatch shows it with by default: the
     * sum of a count, the maximum of a concurrency, the average of {@code Duration} and {@code AsyncEventAge}.
     */
    public Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("Invocations", (double) invocations);
        values.put("Errors", (double) errors);
        values.put("Throttles", (double) throttles);
        values.put("Duration", duration.average());
        values.put("ConcurrentExecutions", (double) concurrentExecutions);
        values.put("ProvisionedConcurrentExecutions", (double) provisionedConcurrentExecutions);
        values.put("AsyncEventsReceived", (double) asyncEventsReceived);
        values.put("AsyncEventAge", asyncEventAge.average());
        values.put("AsyncEventsDropped", (double) asyncEventsDropped);
        values.put("DeadLetterErrors", (double) deadLetterErrors);
        values.put("DestinationDeliveryFailures", (double) destinationDeliveryFailures);
        return values;
    }

    /**
     * One metric by CloudWatch's name, as {@link #values()} gives it.
     *
     * @throws IllegalArgumentException naming the metrics there are, for a name CloudWatch does not give a function
     */
    public double value(String name) {
        Double value = values().get(name);
        if (value == null) {
            throw new IllegalArgumentException("No metric of a function is named '" + name + "'. CloudWatch's are "
                    + NAMES + ".");
        }
        return value;
    }
}
