package example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes the shipping queue. Messages it cannot ship are reported as batch item failures, so
 * only they return to the queue (the event source mapping needs ReportBatchItemFailures).
 */
public class ShipOrders implements RequestHandler<SQSEvent, SQSBatchResponse> {

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (message.getBody() == null || !message.getBody().contains("\"orderId\"")) {
                context.getLogger().log("cannot ship message " + message.getMessageId());
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
            } else {
                context.getLogger().log("shipped " + message.getMessageId());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
