package dev.lambdaharness.events.builders;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ActiveMQEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.CloudFrontEvent;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.KafkaEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.RabbitMQEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.Events;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder's payload is accepted by the Lambda Java runtime's serialisation into its
 * aws-lambda-java-events class, and nothing the class can hold is lost: written back with the
 * runtime's serialiser, every leaf of the payload returns, except the fields the class lacks,
 * which are listed per case (and must really be lost, so the list stays true).
 */
class TypedAcceptanceTest {

    static Stream<Arguments> payloads() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "o-1");
        item.put("total", 42.5);
        item.put("paid", true);
        item.put("note", null);
        item.put("lines", List.of(Map.of("sku", "A-1", "qty", 2)));
        item.put("tags", Set.of("new"));
        item.put("scores", Set.of(1, 2));
        item.put("blob", new byte[] {1, 2, 3});
        return Stream.of(
                typed("SQS standard", Events.sqs().message("a", Map.of("tenant", "acme")).messages(3, i -> "m" + i)
                        .build(), SQSEvent.class),
                typed("SQS FIFO", Events.sqs().queue("q.fifo").messageInGroup("g", "a").message("b").build(),
                        SQSEvent.class),
                typed("SNS", Events.sns().subject("s").message("m").messageAttribute("n", 1).build(), SNSEvent.class),
                typed("S3 put", Events.s3().object("a b/c.txt", new byte[] {1}).versionId("v1").build(),
                        S3Event.class),
                typed("S3 delete", Events.s3().object("k").eventName("ObjectRemoved:Delete").build(), S3Event.class),
                typed("API Gateway REST", Events.apiGatewayRest().resource("/o/{id}").path("/o/1")
                        .queryParameter("a", "1").queryParameter("a", "2").stageVariable("v", "1")
                        .claims(Map.of("sub", "u")).jsonBody(Map.of("x", 1)).build(),
                        APIGatewayProxyRequestEvent.class, "$.requestContext.deploymentId"),
                typed("API Gateway HTTP, payload format 1.0", Events.apiGatewayHttpV1().route("POST /o/{id}").path("/o/1")
                        .queryParameter("a", "1").queryParameter("a", "2").stageVariable("v", "1").body("b").build(),
                        APIGatewayProxyRequestEvent.class),
                typed("API Gateway HTTP", Events.apiGatewayHttp().route("POST /o/{id}").path("/o/1").cookie("c", "1")
                        .queryParameter("a", "1").stageVariable("v", "1").jwtClaims(Map.of("sub", "u"))
                        .jwtScopes("read").binaryBody(new byte[] {1}).build(), APIGatewayV2HTTPEvent.class),
                typed("API Gateway HTTP, Lambda authorizer", Events.apiGatewayHttp()
                        .lambdaAuthorizerContext(Map.of("tenant", "acme")).build(), APIGatewayV2HTTPEvent.class),
                typed("Function URL", Events.functionUrl().method("POST").cookie("c", "1").awsIamAuth().body("b")
                        .build(), APIGatewayV2HTTPEvent.class),
                typed("ALB", Events.alb().queryParameter("a", "1").body("b").build(),
                        ApplicationLoadBalancerRequestEvent.class),
                typed("ALB multi-value", Events.alb().multiValueHeaders().queryParameter("a", "1")
                        .queryParameter("a", "2").build(), ApplicationLoadBalancerRequestEvent.class),
                typed("EventBridge", Events.eventBridge().detail(Map.of("a", 1, "b", List.of("x"))).resource("arn:r")
                        .build(), ScheduledEvent.class),
                typed("Scheduled", Events.scheduled().build(), ScheduledEvent.class),
                typed("Kinesis", Events.kinesis().record("a").record("k", new byte[] {0, -1}).build(),
                        KinesisEvent.class),
                typed("DynamoDB", Events.dynamodb().insert(item).modify(item, item).expire(item).build(),
                        DynamodbEvent.class),
                typed("Kafka MSK", Events.kafka().record("k", "v", Map.of("h", "x")).records(3, i -> "v" + i)
                        .partitions(2).build(), KafkaEvent.class),
                typed("Kafka self-managed", Events.kafka().selfManaged("k:9092").record("v").build(), KafkaEvent.class),
                typed("ActiveMQ", Events.activeMq().correlatedMessage("a", "c-1").bytesMessage(new byte[] {1})
                        .message("b", Map.of("p", "1")).build(), ActiveMQEvent.class,
                        "$.messages[0].correlationId"),
                typed("RabbitMQ", Events.rabbitMq().message("a", Map.of("h", "x")).messages(2, i -> "m" + i).build(),
                        RabbitMQEvent.class),
                typed("CloudWatch Logs", Events.cloudWatchLogs().logEvents(3, i -> "line " + i).build(),
                        CloudWatchLogsEvent.class),
                typed("Cognito pre sign-up", Events.cognitoPreSignUp().validationData("v", "1")
                        .clientMetadata("m", "1").build(), CognitoUserPoolPreSignUpEvent.class),
                typed("Cognito post confirmation", Events.cognitoPostConfirmation().clientMetadata("m", "1").build(),
                        CognitoUserPoolPostConfirmationEvent.class),
                typed("Cognito pre token generation", Events.cognitoPreTokenGeneration().groups("g")
                        .iamRoles("arn:aws:iam::123456789012:role/r").preferredRole("arn:aws:iam::123456789012:role/r")
                        .build(), CognitoUserPoolPreTokenGenerationEvent.class),
                typed("Cognito pre token generation V2", Events.cognitoPreTokenGeneration().v2().groups("g")
                        .scopes("openid").build(), CognitoUserPoolPreTokenGenerationEventV2.class),
                typed("CloudFront viewer request", Events.cloudFront().querystring("a=1").body("b").build(),
                        CloudFrontEvent.class, "$.Records[0].cf.config.distributionDomainName",
                        "$.Records[0].cf.config.eventType", "$.Records[0].cf.config.requestId",
                        "$.Records[0].cf.request.body", "$.Records[0].cf.request.querystring"),
                typed("CloudFront origin response", Events.cloudFront().originResponse().status(404).s3Origin("b")
                        .build(), CloudFrontEvent.class, "$.Records[0].cf.config.distributionDomainName",
                        "$.Records[0].cf.config.eventType", "$.Records[0].cf.config.requestId",
                        "$.Records[0].cf.request.origin", "$.Records[0].cf.request.querystring"));
    }

    @Test
    void theComparisonNoticesAFieldTheClassLacks() {
        EventPayload payload = EventPayload.of("{\"Records\":[{\"messageId\":\"m-1\",\"madeUp\":\"x\"}]}");

        assertThat(TypedRoundTrip.lostLeaves(payload, SQSEvent.class)).containsExactly("$.Records[0].madeUp");
    }

    private static Arguments typed(String name, EventPayload payload, Class<?> type, String... knownLosses) {
        return Arguments.of(name, payload, type, List.of(knownLosses));
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("payloads")
    void runtimeSerialisationKeepsEveryFieldTheClassHas(String name, EventPayload payload, Class<?> type,
            List<String> knownLosses) {
        List<String> lost = TypedRoundTrip.lostLeaves(payload, type);

        assertThat(lost.stream().filter(path -> knownLosses.stream().noneMatch(path::startsWith)))
                .as("fields of %s that %s lost", name, type.getSimpleName()).isEmpty();
        assertThat(knownLosses.stream().filter(known -> lost.stream().noneMatch(path -> path.startsWith(known))))
                .as("listed losses of %s that no longer happen", name).isEmpty();
    }
}
