package example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

/**
 * Runs on a schedule (an EventBridge rule, every night) and publishes the day's figure as a
 * CloudWatch metric in the embedded metric format: one JSON line in the log, no SDK call.
 */
public class NightlyReport implements RequestHandler<ScheduledEvent, String> {

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        long timestamp = event.getTime() == null ? System.currentTimeMillis() : event.getTime().getMillis();
        int shipped = 42; // the figure a real job would read from its table
        System.out.println("{\"_aws\":{\"Timestamp\":" + timestamp + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\","
                + "\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"OrdersShipped\",\"Unit\":\"Count\"}]}]},"
                + "\"Service\":\"orders\",\"OrdersShipped\":" + shipped + "}");
        return "reported " + shipped + " orders shipped";
    }
}
