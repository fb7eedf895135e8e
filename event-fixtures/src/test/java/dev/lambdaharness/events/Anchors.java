package dev.lambdaharness.events;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The anchor sets fixtures are counted against: SAM CLI 1.164.0's 68 {@code sam local
 * generate-event} types ({@code samcli/lib/generated_sample_events/event-mapping.json}) and
 * aws-lambda-go's 104 {@code events/testdata} files (at 815d21f), by name.
 */
final class Anchors {

    /** SAM service to its event types. */
    static final Map<String, List<String>> SAM_BY_SERVICE = Map.ofEntries(
            entry("alexa-skills-kit", List.of("end-session", "intent-answer", "intent-getnewfact", "intent-mycoloris", "intent-recipe", "start-session")),
            entry("alexa-smart-home", List.of("smart-home-control-turn-off-request", "smart-home-control-turn-on-request", "smart-home-discovery-request")),
            entry("alb", List.of("request")),
            entry("apigateway", List.of("authorizer", "request-authorizer", "aws-proxy", "http-api-proxy")),
            entry("appsync", List.of("resolver")),
            entry("batch", List.of("get-job", "submit-job")),
            entry("cloudformation", List.of("create-request")),
            entry("cloudfront", List.of("ab-test", "access-request-in-response", "http-redirect", "modify-querystring", "modify-response-header",
                    "multiple-remote-calls-aggregate-response", "normalize-querystring-to-improve-cache-hit", "redirect-on-viewer-country",
                    "redirect-unauthenticated-users", "response-generation", "serve-object-on-viewer-device", "simple-remote-call")),
            entry("codecommit", List.of("repository")),
            entry("codepipeline", List.of("job")),
            entry("cognito", List.of("sync-trigger")),
            entry("config", List.of("item-change-notification", "oversized-item-change-notification", "periodic-rule")),
            entry("connect", List.of("contact-flow-event")),
            entry("dynamodb", List.of("update")),
            entry("cloudwatch", List.of("logs", "scheduled-event")),
            entry("kinesis", List.of("get-records", "kinesis-firehose", "analytics", "analytics-compressed", "analytics-dynamodb", "analytics-kpl",
                    "apachelog", "cloudwatch-logs-processor", "streams-as-source", "syslog")),
            entry("lex", List.of("book-car", "book-hotel", "make-appointment", "order-flowers")),
            entry("lex-v2", List.of("banking-bot", "book-car", "book-hotel")),
            entry("rekognition", List.of("s3-request")),
            entry("s3", List.of("batch-invocation", "delete", "put")),
            entry("sagemaker", List.of("ground-truth-pre-human", "ground-truth-annotation-consolidation")),
            entry("ses", List.of("email-receiving")),
            entry("sns", List.of("notification")),
            entry("sqs", List.of("receive-message")),
            entry("stepfunctions", List.of("error")),
            entry("workmail", List.of("email")));

    /** "service event-type", as a fixture's {@code anchors.sam} names them. */
    static final Set<String> SAM = new TreeSet<>(SAM_BY_SERVICE.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(type -> e.getKey() + " " + type)).toList());

    /** File names without {@code .json}, as a fixture's {@code anchors.go} names them. */
    static final Set<String> GO = new TreeSet<>(List.of(
            "activemq-event", "alb-lambda-target-request-headers-only", "alb-lambda-target-request-multivalue-headers",
            "alb-lambda-target-response", "apigw-custom-auth-request-type-request", "apigw-custom-auth-request", "apigw-custom-auth-response",
            "apigw-request", "apigw-response", "apigw-restapi-openapi-request", "apigw-v2-custom-authorizer-v1-request",
            "apigw-v2-custom-authorizer-v2-request", "apigw-v2-request-iam", "apigw-v2-request-jwt-authorizer", "apigw-v2-request-lambda-authorizer",
            "apigw-v2-request-no-authorizer", "apigw-websocket-request-disconnect", "apigw-websocket-request-send-message", "apigw-websocket-request",
            "appsync-identity-cognito", "appsync-identity-iam", "appsync-lambda-auth-request", "appsync-lambda-auth-response",
            "autoscaling-event-launch-successful", "autoscaling-event-launch-unsuccessful", "autoscaling-event-lifecycle-action",
            "autoscaling-event-terminate-action", "autoscaling-event-terminate-successful", "autoscaling-event-terminate-unsuccessful",
            "clientvpn-connectionhandler-request", "cloudwatch-alarm-sns-payload-multiple-metrics", "cloudwatch-alarm-sns-payload-single-metric",
            "cloudwatch-logs-event", "code-commit-event", "codebuild-phase-change", "codebuild-state-change", "codedeploy-deployment-event",
            "codedeploy-instance-event", "codepipeline-action-execution-stage-change-event", "codepipeline-execution-stage-change-event",
            "codepipeline-execution-state-change-event", "codepipeline-job-event", "cognito-event-userpools-create-auth-challenge",
            "cognito-event-userpools-custommessage", "cognito-event-userpools-define-auth-challenge", "cognito-event-userpools-inbound-federation-oidc",
            "cognito-event-userpools-inbound-federation-saml", "cognito-event-userpools-migrateuser", "cognito-event-userpools-postauthentication",
            "cognito-event-userpools-postconfirmation", "cognito-event-userpools-preauthentication", "cognito-event-userpools-presignup",
            "cognito-event-userpools-pretokengen-v2", "cognito-event-userpools-pretokengen-v2_0", "cognito-event-userpools-pretokengen",
            "cognito-event-userpools-verify-auth-challenge", "cognito-event", "config-event", "connect-event", "dynamodb-event-malformed.2",
            "dynamodb-event", "dynamodb-time-window-event", "ecr-image-push-event", "ecr-image-scan-event", "ecs-container-instance-state-change",
            "iot-1-click-event", "iot-button-event", "iot-custom-auth-request", "iot-custom-auth-response", "iot-preprovision-hook-request",
            "iot-preprovision-hook-response", "kafka-event", "kinesis-analytics-output-delivery-event", "kinesis-analytics-output-delivery-response",
            "kinesis-event", "kinesis-firehose-event", "kinesis-firehose-response", "kinesis-time-window-event", "lambda-urls-request",
            "lambda-urls-response", "lex-event", "lex-response", "rabbitmq-event", "s3-batch-job-event-request-1.0", "s3-batch-job-event-request-2.0",
            "s3-batch-job-event-response", "s3-event-with-decoded", "s3-event", "s3-glacier-event", "s3-intelligenttier-event", "s3-lifecycle-event",
            "s3-object-lambda-event-get-object-assumed-role", "s3-object-lambda-event-get-object-iam", "s3-object-lambda-event-head-object-iam",
            "s3-object-lambda-event-list-objects-iam", "s3-object-lambda-event-list-objects-v2-iam", "s3-replication-event", "s3-restore-event",
            "secretsmanager-secret-rotation-event", "ses-lambda-event", "ses-s3-event", "ses-sns-event", "sns-event", "sqs-event"));

    private Anchors() {
    }

    /** @return the SAM service of an anchor, such as {@code kinesis} for {@code kinesis analytics} */
    static String samService(String anchor) {
        return anchor.substring(0, anchor.indexOf(' '));
    }
}
