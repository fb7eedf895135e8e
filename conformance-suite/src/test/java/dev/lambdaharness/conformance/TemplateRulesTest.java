package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.template.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template rules: every one passes on a template that follows Lambda's practices, and fails, saying why, on one that does not. */
class TemplateRulesTest {

    @TempDir
    Path folder;

    private Template template(String text) {
        return Template.parse(text, "template.yaml", folder);
    }

    private static Map<String, CheckResult> byCheck(List<CheckResult> results, String function) {
        return results.stream().filter(r -> r.function().equals(function))
                .collect(Collectors.toMap(CheckResult::check, r -> r, (a, b) -> a.outcome() == Outcome.FAILED ? a : b));
    }

    @Test
    void aTemplateThatFollowsThePracticesPassesEveryRule() {
        List<CheckResult> results = TemplateRules.check(template("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {Runtime: java17, CodeUri: ., Timeout: 10, MemorySize: 512, Tracing: Active}
                Resources:
                  Ship:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Ship
                      Policies:
                        - Statement: [{Effect: Allow, Action: [sqs:SendMessage], Resource: '*'}]
                      Events:
                        Queue:
                          Type: SQS
                          Properties: {Queue: !GetAtt Orders.Arn, FunctionResponseTypes: [ReportBatchItemFailures]}
                        Uploads:
                          Type: S3
                          Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}
                      DeadLetterQueue: {Type: SQS, TargetArn: !GetAtt Dead.Arn}
                  Orders:
                    Type: AWS::SQS::Queue
                    Properties: {VisibilityTimeout: 60}
                  Dead: {Type: AWS::SQS::Queue}
                  Bucket: {Type: AWS::S3::Bucket}
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Properties: {LogGroupName: !Sub '/aws/lambda/${Ship}', RetentionInDays: 14}
                """));

        assertThat(results).extracting(CheckResult::check).containsExactly("template-tracing-active", "template-timeout-set",
                "template-memory-set", "template-async-failure-target", "template-report-batch-item-failures",
                "template-visibility-timeout", "template-no-wildcard-actions", "template-log-retention",
                "template-least-privilege", "template-unused-permissions");
        assertThat(results).allSatisfy(result -> assertThat(result.outcome()).as(result.check()).isEqualTo(Outcome.PASSED));
    }

    @Test
    void eachRuleFailsWithWhatIsWrongAndTheFixOnATemplateThatDoesNotFollowIt() {
        List<CheckResult> results = TemplateRules.check(template("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Ship:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Ship
                      Runtime: java17
                      CodeUri: .
                      Timeout: 20
                      Policies:
                        - Statement: [{Effect: Allow, Action: 'dynamodb:*', Resource: '*'}]
                      Events:
                        Queue:
                          Type: SQS
                          Properties: {Queue: !GetAtt Orders.Arn}
                        Nightly:
                          Type: Schedule
                          Properties: {Schedule: rate(1 day)}
                  Orders:
                    Type: AWS::SQS::Queue
                    Properties: {VisibilityTimeout: 60}
                  Slow:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Slow
                      Runtime: java17
                      CodeUri: .
                      Timeout: 60
                      Events:
                        Queue:
                          Type: SQS
                          Properties: {Queue: !GetAtt Short.Arn, MaximumBatchingWindowInSeconds: 5,
                                       FunctionResponseTypes: [ReportBatchItemFailures]}
                  Short:
                    Type: AWS::SQS::Queue
                  Bare:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: example.Bare, Runtime: java17, CodeUri: .}
                """));

        Map<String, CheckResult> ship = byCheck(results, "Ship");
        assertThat(ship.values()).filteredOn(result -> !List.of("template-timeout-set", "template-least-privilege",
                "template-unused-permissions").contains(result.check()))
                .hasSize(7).allSatisfy(result -> assertThat(result.outcome()).as(result.check()).isEqualTo(Outcome.FAILED));
        assertThat(ship.get("template-tracing-active").message()).isEqualTo("Function Ship has tracing PassThrough: set"
                + " Tracing: Active (on it, or in Globals) so that X-Ray samples its invocations and shows where their time goes.");
        assertThat(ship.get("template-memory-set").message()).startsWith("Function Ship sets no MemorySize, so Lambda gives it 128 MB");
        assertThat(ship.get("template-timeout-set").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(ship.get("template-async-failure-target").message()).isEqualTo("Function Ship is invoked asynchronously by"
                + " [Nightly (Schedule)] but has neither an on-failure destination nor a dead-letter queue: an event that fails"
                + " its retries is lost. Set EventInvokeConfig.DestinationConfig.OnFailure or DeadLetterQueue.");
        assertThat(ship.get("template-report-batch-item-failures").message()).isEqualTo("Function Ship's SQS source Queue"
                + " does not set FunctionResponseTypes: [ReportBatchItemFailures], so one failed record sends the whole batch"
                + " back. Set it and return the failed items.");
        assertThat(ship.get("template-visibility-timeout").severity()).isEqualTo(Severity.WARNING);
        assertThat(ship.get("template-visibility-timeout").message()).isEqualTo("Queue Orders has a visibility timeout of"
                + " 60 s, less than six times function Ship's timeout of 20 s plus its batching window of 0 s: a batch still"
                + " being retried may become visible and run twice. Set it to at least 120 s.");
        assertThat(ship.get("template-no-wildcard-actions").severity()).isEqualTo(Severity.ERROR);
        assertThat(ship.get("template-no-wildcard-actions").evidence())
                .containsExactly("Resources.Ship.Properties.Policies[0].Statement[0].Action dynamodb:*");
        assertThat(ship.get("template-log-retention").message()).startsWith("Function Ship has no log group with a retention");

        CheckResult slow = byCheck(results, "Slow").get("template-visibility-timeout");
        assertThat(slow.severity()).isEqualTo(Severity.WARNING);
        // AWS's advice counts the batching window once: 6 × 60 s + 5 s.
        assertThat(slow.message()).isEqualTo("Queue Short has a visibility timeout of 30 s, less than six times function"
                + " Slow's timeout of 60 s plus its batching window of 5 s: a batch still being retried may become visible and"
                + " run twice. Set it to at least 365 s.");
        assertThat(byCheck(results, "Slow").get("template-timeout-set").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(byCheck(results, "Bare").get("template-timeout-set").message()).isEqualTo("Function Bare sets no"
                + " Timeout, so Lambda gives it 3 s: set the time it needs at most (on it, or in Globals), measured under load.");
    }

    @Test
    void theRoleMustAllowWhatTheCodeCallsThroughTheSdkAndLittleElse() {
        String handler = "dev.lambdaharness.conformance.fixtures.resources.compliant.Orders";
        String classes = Path.of("target/test-classes").toAbsolutePath().toString();
        List<CheckResult> results = TemplateRules.check(template("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %s
                      Runtime: java17
                      CodeUri: %s
                      Policies:
                        - DynamoDBCrudPolicy: {TableName: orders}
                        - Statement: [{Effect: Allow, Action: [sqs:SendMessage, sns:Publish], Resource: '*'}]
                  Granted:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %s
                      Runtime: java17
                      CodeUri: %s
                      Policies:
                        - DynamoDBCrudPolicy: {TableName: orders}
                        - S3ReadPolicy: {BucketName: receipts}
                        - SQSSendMessagePolicy: {QueueName: receipts}
                  Managed:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: %s
                      Runtime: java17
                      CodeUri: %s
                      Policies: [AmazonS3ReadOnlyAccess]
                """.formatted(handler, classes, handler, classes, handler, classes)));

        CheckResult missing = byCheck(results, "Orders").get("template-least-privilege");
        assertThat(missing.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        // Every class of the handler's package is read: the package's test helper (TestTables) counts too.
        assertThat(missing.message()).isEqualTo("Function Orders calls [dynamodb:DeleteTable (dev.lambdaharness.conformance"
                + ".fixtures.resources.compliant.TestTables.clear -> DynamoDbClient.deleteTable), s3:GetObject (" + handler
                + ".handleRequest -> S3Client.getObjectAsBytes)] through the AWS SDK, but its role does not allow them: it"
                + " fails with AccessDeniedException on AWS. Add them to its Policies (a statement, or a SAM policy template"
                + " that holds them).");
        CheckResult unused = byCheck(results, "Orders").get("template-unused-permissions");
        assertThat(unused.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(unused.severity()).isEqualTo(Severity.INFO);
        assertThat(unused.message()).startsWith("Function Orders is allowed [sns:Publish], which neither its code's SDK calls");
        assertThat(byCheck(results, "Granted").get("template-least-privilege").message())
                .startsWith("Function Granted calls [dynamodb:DeleteTable (");
        CheckResult managed = byCheck(results, "Managed").get("template-least-privilege");
        assertThat(managed.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(managed.message()).isEqualTo("function Managed calls dynamodb:DeleteTable, dynamodb:PutItem,"
                + " s3:GetObject, sqs:SendMessage, which its known grants do not allow, and its role also has managed policy AmazonS3ReadOnlyAccess, whose"
                + " actions are not known here: name the actions in a statement to have them checked");
    }
}
