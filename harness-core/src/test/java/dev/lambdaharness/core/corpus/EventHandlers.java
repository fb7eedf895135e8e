package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One method per event source: each logs what it read (so the deserialised fields show) and
 * returns either the event itself (so it is written back with the event serialiser) or the
 * source's response type.
 */
public class EventHandlers {

    public SNSEvent sns(SNSEvent event, Context context) {
        SNSEvent.SNS sns = event.getRecords().get(0).getSNS();
        context.getLogger().log("sns " + sns.getMessageId() + " " + sns.getSubject() + " at " + sns.getTimestamp()
                + " attributes " + sns.getMessageAttributes().keySet());
        return event;
    }

    public S3Event s3(S3Event event, Context context) {
        var record = event.getRecords().get(0);
        context.getLogger().log("s3 " + record.getEventName() + " " + record.getS3().getBucket().getName() + "/"
                + record.getS3().getObject().getUrlDecodedKey() + " at " + record.getEventTime());
        return event;
    }

    public DynamodbEvent dynamodb(DynamodbEvent event, Context context) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            context.getLogger().log("dynamodb " + record.getEventName() + " keys " + record.getDynamodb().getKeys()
                    + " created " + record.getDynamodb().getApproximateCreationDateTime().getTime());
        }
        return event;
    }

    public KinesisEvent kinesis(KinesisEvent event, Context context) {
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            context.getLogger().log("kinesis " + record.getKinesis().getPartitionKey() + " "
                    + StandardCharsets.UTF_8.decode(record.getKinesis().getData().duplicate()) + " arrived "
                    + record.getKinesis().getApproximateArrivalTimestamp().getTime());
        }
        return event;
    }

    public ScheduledEvent scheduled(ScheduledEvent event, Context context) {
        context.getLogger().log("scheduled " + event.getDetailType() + " at " + event.getTime() + " detail " + event.getDetail());
        return event;
    }

    public APIGatewayProxyResponseEvent restApi(APIGatewayProxyRequestEvent request, Context context) {
        context.getLogger().log("rest " + request.getHttpMethod() + " " + request.getPath() + " stage "
                + request.getRequestContext().getStage() + " query " + request.getQueryStringParameters());
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"path\":\"" + request.getPath() + "\",\"id\":\"" + request.getPathParameters().get("id") + "\"}");
    }

    public APIGatewayV2HTTPResponse httpApi(APIGatewayV2HTTPEvent request, Context context) {
        context.getLogger().log("http " + request.getRequestContext().getHttp().getMethod() + " " + request.getRawPath()
                + " cookies " + request.getCookies() + " body " + request.getBody());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Location", "/orders/1"))
                .withBody(request.getBody())
                .withIsBase64Encoded(false)
                .build();
    }
}
