package example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import example.orders.domain.InvoiceKey;
import java.util.Optional;

/**
 * Invoked by S3 (asynchronously) when an invoice is uploaded: marks the order invoiced. An object
 * that is not an invoice is an error, so that S3's event ends in the function's dead-letter queue
 * after Lambda's retries instead of being lost.
 */
public class InvoiceUploaded implements RequestHandler<S3Event, Integer> {

    private final String bucket = System.getenv().getOrDefault("INVOICES_BUCKET", "invoices");

    @Override
    public Integer handleRequest(S3Event event, Context context) {
        int invoiced = 0;
        for (S3EventNotificationRecord record : event.getRecords()) {
            String key = record.getS3().getObject().getUrlDecodedKey();
            Optional<InvoiceKey> invoice = InvoiceKey.parse(key);
            if (invoice.isEmpty()) {
                throw new IllegalArgumentException("not an invoice: s3://" + record.getS3().getBucket().getName() + "/" + key);
            }
            // A JSON line CloudWatch Logs Insights can query by field.
            System.out.println("{\"level\":\"INFO\",\"message\":\"order invoiced\",\"orderId\":\"" + invoice.get().orderId()
                    + "\",\"bucket\":\"" + bucket + "\"}");
            invoiced++;
        }
        return invoiced;
    }
}
