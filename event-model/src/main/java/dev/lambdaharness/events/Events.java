package dev.lambdaharness.events;

import dev.lambdaharness.events.builders.ActiveMqEventBuilder;
import dev.lambdaharness.events.builders.AlbEventBuilder;
import dev.lambdaharness.events.builders.ApiGatewayHttpEventBuilder;
import dev.lambdaharness.events.builders.ApiGatewayHttpV1EventBuilder;
import dev.lambdaharness.events.builders.ApiGatewayRestEventBuilder;
import dev.lambdaharness.events.builders.CloudFrontEventBuilder;
import dev.lambdaharness.events.builders.CloudWatchLogsEventBuilder;
import dev.lambdaharness.events.builders.CognitoPostConfirmationEventBuilder;
import dev.lambdaharness.events.builders.CognitoPreSignUpEventBuilder;
import dev.lambdaharness.events.builders.CognitoPreTokenGenerationEventBuilder;
import dev.lambdaharness.events.builders.DynamodbEventBuilder;
import dev.lambdaharness.events.builders.EventBridgeEventBuilder;
import dev.lambdaharness.events.builders.FunctionUrlEventBuilder;
import dev.lambdaharness.events.builders.KafkaEventBuilder;
import dev.lambdaharness.events.builders.KinesisEventBuilder;
import dev.lambdaharness.events.builders.RabbitMqEventBuilder;
import dev.lambdaharness.events.builders.S3EventBuilder;
import dev.lambdaharness.events.builders.ScheduledEventBuilder;
import dev.lambdaharness.events.builders.SnsEventBuilder;
import dev.lambdaharness.events.builders.SqsEventBuilder;

/**
 * Builders for events as AWS event sources deliver them to a function, wire-correct down to ids,
 * timestamps, checksums and encodings, without hand-editing JSON.
 *
 * <pre>{@code
 * EventPayload orders = Events.sqs().queue("orders").messages(10, i -> "{\"id\":" + i + "}").build();
 * SQSEvent typed = orders.as(SQSEvent.class);
 *
 * EventPayload request = Events.apiGatewayHttp().route("GET /orders/{id}").path("/orders/42").build();
 * }</pre>
 *
 * <p>Every builder is immutable and takes {@code region}, {@code account}, {@code partition} and
 * {@code clock} settings, from which it derives every ARN, region field, endpoint and timestamp.
 * The default clock is fixed, so a builder gives the same payload on every build and every run
 * (see {@link dev.lambdaharness.events.builders.EventBuilder}).
 */
public final class Events {

    private Events() {
    }

    /** @return a builder of SQS events from a standard or (named {@code *.fifo}) FIFO queue */
    public static SqsEventBuilder sqs() {
        return new SqsEventBuilder();
    }

    /** @return a builder of SNS notifications */
    public static SnsEventBuilder sns() {
        return new SnsEventBuilder();
    }

    /** @return a builder of S3 event notifications */
    public static S3EventBuilder s3() {
        return new S3EventBuilder();
    }

    /** @return a builder of API Gateway REST API proxy requests (payload format 1.0) */
    public static ApiGatewayRestEventBuilder apiGatewayRest() {
        return new ApiGatewayRestEventBuilder();
    }

    /** @return a builder of API Gateway HTTP API requests (payload format 2.0) */
    public static ApiGatewayHttpEventBuilder apiGatewayHttp() {
        return new ApiGatewayHttpEventBuilder();
    }

    /** @return a builder of API Gateway HTTP API requests in payload format 1.0 */
    public static ApiGatewayHttpV1EventBuilder apiGatewayHttpV1() {
        return new ApiGatewayHttpV1EventBuilder();
    }

    /** @return a builder of Lambda Function URL requests */
    public static FunctionUrlEventBuilder functionUrl() {
        return new FunctionUrlEventBuilder();
    }

    /** @return a builder of Application Load Balancer requests, single- or multi-value */
    public static AlbEventBuilder alb() {
        return new AlbEventBuilder();
    }

    /** @return a builder of custom EventBridge events */
    public static EventBridgeEventBuilder eventBridge() {
        return new EventBridgeEventBuilder();
    }

    /** @return a builder of EventBridge schedule ({@code Scheduled Event}) events */
    public static ScheduledEventBuilder scheduled() {
        return new ScheduledEventBuilder();
    }

    /** @return a builder of Kinesis Data Streams events */
    public static KinesisEventBuilder kinesis() {
        return new KinesisEventBuilder();
    }

    /** @return a builder of DynamoDB Streams events */
    public static DynamodbEventBuilder dynamodb() {
        return new DynamodbEventBuilder();
    }

    /** @return a builder of Kafka events, from Amazon MSK or a self-managed cluster */
    public static KafkaEventBuilder kafka() {
        return new KafkaEventBuilder();
    }

    /** @return a builder of Amazon MQ for ActiveMQ events */
    public static ActiveMqEventBuilder activeMq() {
        return new ActiveMqEventBuilder();
    }

    /** @return a builder of Amazon MQ for RabbitMQ events */
    public static RabbitMqEventBuilder rabbitMq() {
        return new RabbitMqEventBuilder();
    }

    /** @return a builder of CloudWatch Logs subscription events */
    public static CloudWatchLogsEventBuilder cloudWatchLogs() {
        return new CloudWatchLogsEventBuilder();
    }

    /** @return a builder of Cognito user pool pre sign-up triggers */
    public static CognitoPreSignUpEventBuilder cognitoPreSignUp() {
        return new CognitoPreSignUpEventBuilder();
    }

    /** @return a builder of Cognito user pool post confirmation triggers */
    public static CognitoPostConfirmationEventBuilder cognitoPostConfirmation() {
        return new CognitoPostConfirmationEventBuilder();
    }

    /** @return a builder of Cognito user pool pre token generation triggers, V1 or V2 */
    public static CognitoPreTokenGenerationEventBuilder cognitoPreTokenGeneration() {
        return new CognitoPreTokenGenerationEventBuilder();
    }

    /** @return a builder of Lambda@Edge events: viewer or origin, request or response */
    public static CloudFrontEventBuilder cloudFront() {
        return new CloudFrontEventBuilder();
    }
}
