package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every short tag and intrinsic function, resolved as CloudFormation resolves them, with the names
 * and ARNs the harness gives the template's resources; read through a function's environment.
 */
class IntrinsicsTest {

    @TempDir
    Path folder;

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
              Subnets:
                Type: CommaDelimitedList
                Default: a,b,c
              Size:
                Type: Number
                Default: 256
            Mappings:
              StageSettings:
                dev: {Retries: 1}
                prod: {Retries: 2}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              IsDev: !Not [!Condition IsProd]
              Both: !And [!Condition IsDev, !Equals [1, '1']]
              Either: !Or [!Condition IsProd, !Condition Both]
            Resources:
              Orders:
                Type: AWS::SQS::Queue
              FifoOrders:
                Type: AWS::SQS::Queue
                Properties: {FifoQueue: true}
              Events:
                Type: AWS::SNS::Topic
                Properties: {TopicName: !Sub '${AWS::StackName}-events'}
              Table:
                Type: AWS::DynamoDB::Table
                Properties: {TableName: !Join ['-', [orders, !Ref Stage]]}
              Stream:
                Type: AWS::Kinesis::Stream
              Bucket:
                Type: AWS::S3::Bucket
              Bus:
                Type: AWS::Events::EventBus
                Properties: {Name: orders-bus}
              Logs:
                Type: AWS::Logs::LogGroup
              Role:
                Type: AWS::IAM::Role
              Other:
                Type: AWS::Serverless::Function
                Properties: {Handler: example.Other, Runtime: java21, FunctionName: other-fn}
              F:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: example.F
                  Runtime: java21
                  MemorySize: !Ref Size
                  Environment:
                    Variables:
                      STAGE: !Ref Stage
                      REGION: !Ref AWS::Region
                      ACCOUNT: !Ref AWS::AccountId
                      PARTITION: !Ref AWS::Partition
                      STACK: !Ref AWS::StackName
                      STACK_ID: !Ref AWS::StackId
                      SUFFIX: !Ref AWS::URLSuffix
                      QUEUE_URL: !Ref Orders
                      QUEUE_ARN: !GetAtt Orders.Arn
                      QUEUE_NAME: !GetAtt [FifoOrders, QueueName]
                      TOPIC: !Ref Events
                      TABLE: !Ref Table
                      TABLE_ARN: !GetAtt Table.Arn
                      TABLE_STREAM: !GetAtt Table.StreamArn
                      STREAM_ARN: !GetAtt Stream.Arn
                      BUCKET: !Ref Bucket
                      BUCKET_ARN: !GetAtt Bucket.Arn
                      BUS_ARN: !GetAtt Bus.Arn
                      LOGS_ARN: !GetAtt Logs.Arn
                      ROLE_ARN: !GetAtt Role.Arn
                      OTHER: !Ref Other
                      OTHER_ARN: !GetAtt Other.Arn
                      SUB: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/${Stage}/*'
                      SUB_ATTRIBUTE: !Sub '${Orders.Arn}'
                      SUB_VARIABLES: !Sub ['${Name}-${Stage}', {Name: !Select [1, !Ref Subnets]}]
                      SUB_LITERAL: !Sub '${!NotAVariable}'
                      JOIN: !Join [',', !Split ['|', 'x|y|z']]
                      SELECT: !Select ['2', !Ref Subnets]
                      IF: !If [IsProd, production, development]
                      BOTH: !If [Both, 'yes', 'no']
                      EITHER: !If [Either, 'yes', 'no']
                      MAP: !FindInMap [StageSettings, !Ref Stage, Retries]
                      BASE64: !Base64 hello
                      REMOVED: !If [IsProd, kept, !Ref AWS::NoValue]
                      LONG_FORM: {"Fn::Join": ['', [a, {"Ref": Stage}]]}
            """;

    @Test
    void everyIntrinsicResolvesAsCloudFormationResolvesIt() {
        Template template = TemplateFiles.read(folder, TEMPLATE);

        Map<String, String> env = template.function("F").config().environment();
        assertThat(template.function("F").config().memorySize()).isEqualTo(256);
        assertThat(env).containsEntry("STAGE", "dev")
                .containsEntry("REGION", "us-east-1")
                .containsEntry("ACCOUNT", "123456789012")
                .containsEntry("PARTITION", "aws")
                .containsEntry("STACK", "local")
                .containsEntry("STACK_ID", "arn:aws:cloudformation:us-east-1:123456789012:stack/local/"
                        + "51af3dc0-da77-11e4-872e-1234567db123")
                .containsEntry("SUFFIX", "amazonaws.com")
                .containsEntry("QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/123456789012/Orders")
                .containsEntry("QUEUE_ARN", "arn:aws:sqs:us-east-1:123456789012:Orders")
                .containsEntry("QUEUE_NAME", "FifoOrders.fifo")
                .containsEntry("TOPIC", "arn:aws:sns:us-east-1:123456789012:local-events")
                .containsEntry("TABLE", "orders-dev")
                .containsEntry("TABLE_ARN", "arn:aws:dynamodb:us-east-1:123456789012:table/orders-dev")
                .containsEntry("TABLE_STREAM", "arn:aws:dynamodb:us-east-1:123456789012:table/orders-dev/stream/"
                        + "1970-01-01T00:00:00.000")
                .containsEntry("STREAM_ARN", "arn:aws:kinesis:us-east-1:123456789012:stream/Stream")
                .containsEntry("BUCKET", "bucket")
                .containsEntry("BUCKET_ARN", "arn:aws:s3:::bucket")
                .containsEntry("BUS_ARN", "arn:aws:events:us-east-1:123456789012:event-bus/orders-bus")
                .containsEntry("LOGS_ARN", "arn:aws:logs:us-east-1:123456789012:log-group:Logs:*")
                .containsEntry("ROLE_ARN", "arn:aws:iam::123456789012:role/Role")
                .containsEntry("OTHER", "other-fn")
                .containsEntry("OTHER_ARN", "arn:aws:lambda:us-east-1:123456789012:function:other-fn")
                .containsEntry("SUB", "arn:aws:s3:::bucket/dev/*")
                .containsEntry("SUB_ATTRIBUTE", "arn:aws:sqs:us-east-1:123456789012:Orders")
                .containsEntry("SUB_VARIABLES", "b-dev")
                .containsEntry("SUB_LITERAL", "${NotAVariable}")
                .containsEntry("JOIN", "x,y,z")
                .containsEntry("SELECT", "c")
                .containsEntry("IF", "development")
                .containsEntry("BOTH", "yes")
                .containsEntry("EITHER", "yes")
                .containsEntry("MAP", "1")
                .containsEntry("BASE64", "aGVsbG8=")
                .containsEntry("LONG_FORM", "adev")
                .doesNotContainKey("REMOVED");
    }

    @Test
    void parametersThePseudoParametersAndConditionsFollowTheTestsValues() {
        Template template = TemplateFiles.read(folder, TEMPLATE).withParameter("Stage", "prod")
                .withParameter("Subnets", "p,q,r").withRegion("cn-north-1").withAccountId("210987654321")
                .withStackName("orders-stack");

        Map<String, String> env = template.function("F").config().environment();
        assertThat(env).containsEntry("STAGE", "prod")
                .containsEntry("PARTITION", "aws-cn")
                .containsEntry("SUFFIX", "amazonaws.com.cn")
                .containsEntry("QUEUE_ARN", "arn:aws-cn:sqs:cn-north-1:210987654321:Orders")
                .containsEntry("TOPIC", "arn:aws-cn:sns:cn-north-1:210987654321:orders-stack-events")
                .containsEntry("SUB_VARIABLES", "q-prod")
                .containsEntry("IF", "production")
                .containsEntry("BOTH", "no")
                .containsEntry("MAP", "2")
                .containsEntry("REMOVED", "kept");
        assertThat(template.function("F").config().region()).isEqualTo("cn-north-1");
        assertThat(template.function("F").config().accountId()).isEqualTo("210987654321");
    }

    @Test
    void aParameterValueOutsideItsAllowedValuesIsRefused() {
        Template template = TemplateFiles.read(folder, TEMPLATE).withParameter("Stage", "qa");

        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining("parameter Stage is 'qa', which its AllowedValues [dev, prod] do not hold");
    }

    @Test
    void aParameterTheTemplateDoesNotDeclareIsRefusedNamingThoseItDoes() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, TEMPLATE).withParameter("Stag", "prod"))
                .hasMessageContaining("declares no parameter Stag (it declares Stage, Subnets, Size)");
    }

    @Test
    void whatOnlyAwsKnowsIsUnresolvedWithItsPathUntilTheTestGivesIt() {
        Template template = TemplateFiles.read(folder, """
                Parameters:
                  Secret: {Type: String}
                  Vpc: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /network/vpc}
                Resources:
                  Api:
                    Type: AWS::ApiGateway::RestApi
                  F:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: example.F
                      Runtime: java21
                      Code: {S3Bucket: b, S3Key: k}
                      Environment:
                        Variables:
                          BUS: !ImportValue shared-bus
                          ZONE: !Select [0, !GetAZs '']
                          API: !Ref Api
                          SECRET: !Ref Secret
                          VPC: !Sub 'vpc-${Vpc}'
                          TOKEN: '{{resolve:ssm:/orders/token}}'
                """);
        String variables = "Resources.F.Properties.Environment.Variables.";

        assertThat(template.unresolved()).extracting(UnresolvedValue::path).containsExactly(variables + "BUS",
                variables + "ZONE", variables + "API", variables + "SECRET", variables + "VPC", variables + "TOKEN");
        assertThat(template.unresolved().get(0).expression()).isEqualTo("!ImportValue shared-bus");
        assertThat(template.unresolved().get(2).reason()).isEqualTo("Api is an AWS::ApiGateway::RestApi, a resource"
                + " Lambda Harness does not model");
        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining("function F holds 6 values that cannot be resolved on this machine")
                .hasMessageContaining(variables + "BUS = !ImportValue shared-bus")
                .hasMessageContaining("Template.withValue(\"" + variables + "BUS\", value)");

        Template given = template.withValue(variables + "BUS", "arn:aws:events:us-east-1:123456789012:event-bus/b")
                .withValue(variables + "ZONE", "us-east-1a").withValue(variables + "API", "a1b2c3")
                .withParameter("Secret", "s3cr3t").withParameter("Vpc", "0abc").withValue(variables + "TOKEN", "t");
        assertThat(given.unresolved()).isEmpty();
        assertThat(given.function("F").config().environment()).containsEntry("ZONE", "us-east-1a")
                .containsEntry("SECRET", "s3cr3t").containsEntry("VPC", "vpc-0abc");
    }

    @Test
    void aFunctionWhoseConditionAsksAwsIsUnresolvedNotGuessedToExist() {
        Template template = TemplateFiles.read(folder, """
                Conditions:
                  InProduction: !Equals [!ImportValue environment, production]
                Resources:
                  F:
                    Type: AWS::Lambda::Function
                    Condition: InProduction
                    Properties: {Handler: example.F, Runtime: java21, Code: {S3Bucket: b, S3Key: k}}
                """);

        // The path is the condition's: a value given there decides every resource that names it.
        assertThat(template.unresolved()).extracting(UnresolvedValue::path).containsExactly("Conditions.InProduction");
        TemplateFiles.refused(() -> template.function("F")).hasMessageContaining("Conditions.InProduction = !Equals");
        assertThat(template.withValue("Conditions.InProduction", true).function("F").config().handler())
                .isEqualTo("example.F");
    }

    @Test
    void aCircularReferenceIsRefusedWithItsChain() {
        Template template = TemplateFiles.read(folder, """
                Resources:
                  A:
                    Type: AWS::SQS::Queue
                    Properties: {QueueName: !GetAtt B.QueueName}
                  B:
                    Type: AWS::SQS::Queue
                    Properties: {QueueName: !Sub '${A}-b'}
                  F:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: example.F
                      Runtime: java21
                      Environment: {Variables: {Q: !Ref A}}
                """);

        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining("has a circular reference: A (Ref) → B.QueueName → A (Ref)");
    }

    @Test
    void aCircularConditionIsRefusedWithItsChain() {
        Template circular = TemplateFiles.read(folder, """
                Conditions:
                  A: !Not [!Condition B]
                  B: !Not [!Condition A]
                Resources:
                  F:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: example.F, Runtime: java21, MemorySize: !If [A, 256, 512]}
                """);

        TemplateFiles.refused(() -> circular.function("F"))
                .hasMessageContaining("circular reference: condition A → condition B → condition A");
    }

    @Test
    void aSubVariableThatResolvesToNothingIsRefusedNamingTheIds() {
        Template template = TemplateFiles.samFunction(folder, """
                Environment: {Variables: {URL: !Sub 'https://${Hostname}/orders'}}
                """);

        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining("Resources.F.Properties.Environment.Variables.URL is !Sub"
                        + " 'https://${Hostname}/orders', whose variable ${Hostname} resolves to nothing")
                .hasMessageContaining("(parameters ; resources F)")
                .hasMessageContaining("write ${!Hostname} for the literal text");
    }

    @Test
    void aRefToNothingIsRefusedNamingTheIds() {
        Template template = TemplateFiles.samFunction(folder, """
                Environment: {Variables: {Q: !Ref Queue}}
                """);

        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining("Resources.F.Properties.Environment.Variables.Q is !Ref Queue, but the template"
                        + " declares no parameter or resource Queue (parameters ; resources F)");
    }

    @Test
    void aFunctionWhoseConditionIsFalseIsNotCreated() {
        Template template = TemplateFiles.read(folder, """
                Parameters:
                  WithAudit: {Type: String, Default: 'false'}
                Conditions:
                  Audit: !Equals [!Ref WithAudit, 'true']
                Resources:
                  AuditFunction:
                    Type: AWS::Lambda::Function
                    Condition: Audit
                    Properties: {Handler: example.Audit, Runtime: java21, Code: {S3Bucket: b, S3Key: k}}
                  F:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: example.F, Runtime: java21, Code: {S3Bucket: b, S3Key: k}}
                """);

        assertThat(template.functionIds()).containsExactly("F");
        TemplateFiles.refused(() -> template.function("AuditFunction"))
                .hasMessageContaining("function AuditFunction is not created, since its Condition Audit is false with"
                        + " these parameters ({WithAudit=false})");
        assertThat(template.withParameter("WithAudit", "true").functionIds()).containsExactly("AuditFunction", "F");
    }
}
