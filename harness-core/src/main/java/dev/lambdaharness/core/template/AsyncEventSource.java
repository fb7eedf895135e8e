package dev.lambdaharness.core.template;

import java.util.Map;

/**
 * A service that invokes the function asynchronously, as a SAM event declares it: {@code Schedule},
 * {@code ScheduleV2}, {@code S3}, {@code SNS}, {@code EventBridgeRule}, {@code CloudWatchEvent},
 * {@code CloudWatchLogs}, {@code IoTRule} and the others. Its properties are kept as the template
 * writes them, with references resolved.
 *
 * <pre>{@code
 * AsyncEventSource nightly = template.function("ReportFunction").asyncEventSources().get(0);
 * nightly.type();                            // Schedule
 * nightly.properties().get("Schedule");      // rate(1 day)
 * }</pre>
 *
 * @param id the event's name
 * @param type the SAM event type
 * @param properties the event's properties, resolved
 */
public record AsyncEventSource(String id, String type, Map<String, Object> properties) {
}
