package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.Architecture;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.core.TracingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAM functions: every property the harness reads, and Globals merged as the SAM translator merges them. */
class SamFunctionTest {

    @TempDir
    Path folder;

    private static final String EVERY_PROPERTY = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Dead:
                Type: AWS::SQS::Queue
              Failures:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: order-failures
              OrdersFunction:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: orders
                  Handler: com.example.Orders::handleRequest
                  Runtime: java21
                  CodeUri: code
                  MemorySize: 1024
                  Timeout: 30
                  EphemeralStorage:
                    Size: 2048
                  Architectures: [arm64]
                  Environment:
                    Variables:
                      TABLE: orders
                      RETRIES: 3
                      VERBOSE: true
                  ReservedConcurrentExecutions: 20
                  AutoPublishAlias: live
                  ProvisionedConcurrencyConfig:
                    ProvisionedConcurrentExecutions: 5
                  SnapStart:
                    ApplyOn: PublishedVersions
                  Tracing: Active
                  LoggingConfig:
                    LogFormat: JSON
                    ApplicationLogLevel: WARN
                    SystemLogLevel: DEBUG
                    LogGroup: /orders/logs
                  DeadLetterQueue:
                    Type: SQS
                    TargetArn: !GetAtt Dead.Arn
                  EventInvokeConfig:
                    MaximumRetryAttempts: 1
                    MaximumEventAgeInSeconds: 600
                    DestinationConfig:
                      OnSuccess:
                        Type: Lambda
                        Destination: arn:aws:lambda:us-east-1:123456789012:function:audit
                      OnFailure:
                        Type: SNS
                        Destination: !Ref Failures
            """;

    @Test
    void everyPropertyOfASamFunctionIsItsConfiguration() {
        FunctionConfig config = TemplateFiles.read(folder, EVERY_PROPERTY).function("OrdersFunction").config();

        assertThat(config.handler()).isEqualTo("com.example.Orders::handleRequest");
        assertThat(config.functionName()).isEqualTo("orders");
        assertThat(config.runtime()).isEqualTo(JavaRuntime.JAVA21);
        assertThat(config.memorySize()).isEqualTo(1024);
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.ephemeralStorageSize()).isEqualTo(2048);
        assertThat(config.architecture()).isEqualTo(Architecture.ARM64);
        assertThat(config.environment()).containsExactly(Map.entry("TABLE", "orders"), Map.entry("RETRIES", "3"),
                Map.entry("VERBOSE", "true"));
        assertThat(config.reservedConcurrency()).isEqualTo(OptionalInt.of(20));
        assertThat(config.provisionedConcurrency()).isEqualTo(OptionalInt.of(5));
        assertThat(config.alias()).contains("live");
        assertThat(config.version()).isEqualTo("1");
        assertThat(config.snapStart()).isTrue();
        assertThat(config.tracing()).isEqualTo(TracingMode.ACTIVE);
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.applicationLogLevel()).contains(LogLevel.WARN);
        assertThat(config.systemLogLevel()).contains(LogLevel.DEBUG);
        assertThat(config.logGroup()).isEqualTo("/orders/logs");
        assertThat(config.deadLetterTarget()).contains("arn:aws:sqs:us-east-1:123456789012:Dead");
        assertThat(config.asyncInvoke().maximumRetryAttempts()).isEqualTo(OptionalInt.of(1));
        assertThat(config.asyncInvoke().maximumEventAgeInSeconds()).isEqualTo(OptionalInt.of(600));
        assertThat(config.onSuccessDestination()).contains("arn:aws:lambda:us-east-1:123456789012:function:audit");
        assertThat(config.onFailureDestination()).contains("arn:aws:sns:us-east-1:123456789012:order-failures");
    }

    @Test
    void aFunctionWithoutSettingsHasLambdasDefaultsAndItsLogicalIdAsName() {
        FunctionConfig config = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Hello:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: example.Hello, Runtime: java17}
                """).function("Hello").config();

        assertThat(config).isEqualTo(FunctionConfig.builder("example.Hello").runtime(JavaRuntime.JAVA17)
                .functionName("Hello").build());
    }

    @Test
    void globalsMergeAsSamMergesThem() {
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: java17
                    Timeout: 10
                    MemorySize: 512
                    Environment:
                      Variables: {STAGE: prod, TABLE: global-table}
                    Tracing: Active
                Resources:
                  Local:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Local
                      Timeout: 20
                      Environment:
                        Variables: {TABLE: local-table, OWN: x}
                  Intrinsic:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Intrinsic
                      Environment: !If [Never, {Variables: {A: a}}, {Variables: {ONLY: mine}}]
                  IgnoresAll:
                    Type: AWS::Serverless::Function
                    IgnoreGlobals: '*'
                    Properties: {Handler: example.All, Runtime: java21}
                  IgnoresSome:
                    Type: AWS::Serverless::Function
                    IgnoreGlobals: [Timeout, Tracing]
                    Properties: {Handler: example.Some}
                Conditions:
                  Never: !Equals [a, b]
                """);

        FunctionConfig local = template.function("Local").config();
        assertThat(local.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(local.memorySize()).isEqualTo(512);
        assertThat(local.tracing()).isEqualTo(TracingMode.ACTIVE);
        // Mappings merge key by key, the function's value winning.
        assertThat(local.environment()).containsExactly(Map.entry("STAGE", "prod"), Map.entry("TABLE", "local-table"),
                Map.entry("OWN", "x"));
        // An intrinsic function is one value: it replaces the global mapping instead of merging with it.
        assertThat(template.function("Intrinsic").config().environment()).containsExactly(Map.entry("ONLY", "mine"));
        FunctionConfig all = template.function("IgnoresAll").config();
        assertThat(all.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(all.environment()).isEmpty();
        FunctionConfig some = template.function("IgnoresSome").config();
        assertThat(some.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(some.tracing()).isEqualTo(TracingMode.PASS_THROUGH);
        assertThat(some.memorySize()).isEqualTo(512);
    }

    @Test
    void globalListsComeFirstAndLocalOnesFollowSoTwoArchitecturesAreRefusedNamingTheFix() {
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {Architectures: [x86_64]}
                Resources:
                  Arm:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: example.Arm, Runtime: java21, Architectures: [arm64]}
                """);

        TemplateFiles.refused(() -> template.function("Arm"))
                .hasMessageContaining("Resources.Arm.Properties.Architectures is [x86_64, arm64], but Lambda takes exactly"
                        + " one architecture")
                .hasMessageContaining("IgnoreGlobals: [Architectures]");
    }

    @Test
    void aGlobalPropertySamDoesNotAcceptIsRefused() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {FunctionName: shared}
                Resources: {}
                """))
                .hasMessageContaining("Globals.Function.FunctionName is not a property SAM accepts in Globals");
    }

    @Test
    void ignoreGlobalsNamingWhatGlobalsDoNotSetIsRefusedAsSamRefusesIt() {
        TemplateFiles.refused(() -> TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {Timeout: 10}
                Resources:
                  F:
                    Type: AWS::Serverless::Function
                    IgnoreGlobals: [MemorySize]
                    Properties: {Handler: example.F, Runtime: java21}
                """))
                .hasMessageContaining("Resources.F.IgnoreGlobals names MemorySize, which Globals.Function does not set"
                        + " (it sets Timeout)");
    }

    @Test
    void withoutTheSamTransformGlobalsAreNotMerged() {
        FunctionConfig config = TemplateFiles.read(folder, """
                Globals:
                  Function: {Timeout: 10}
                Resources:
                  F:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: example.F, Runtime: java21, Code: {S3Bucket: b, S3Key: k}}
                """).function("F").config();

        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void provisionedConcurrencyWithoutAnAliasIsRefusedAsSamRefusesIt() {
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, """
                ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}
                """).function("F"))
                .hasMessageContaining("sets ProvisionedConcurrencyConfig without AutoPublishAlias")
                .hasMessageContaining("Add AutoPublishAlias: live.");
    }

    @Test
    void aSamDestinationThatSamCreatesIsUnresolvedUntilTheTestGivesIt() {
        Template template = TemplateFiles.samFunction(folder, """
                EventInvokeConfig:
                  DestinationConfig:
                    OnFailure: {Type: SQS}
                """);
        String path = "Resources.F.Properties.EventInvokeConfig.DestinationConfig.OnFailure.Destination";

        assertThat(template.unresolved()).extracting(UnresolvedValue::path).containsExactly(path);
        TemplateFiles.refused(() -> template.function("F"))
                .hasMessageContaining(path);
        assertThat(template.withValue(path, "arn:aws:sqs:us-east-1:123456789012:f-failures").function("F").config()
                .onFailureDestination()).isEqualTo(Optional.of("arn:aws:sqs:us-east-1:123456789012:f-failures"));
    }
}
