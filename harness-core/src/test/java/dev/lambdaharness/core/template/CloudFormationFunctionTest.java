package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.TracingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain CloudFormation, as the CDK synthesises it: JSON, AWS::Lambda::Function and the resources that configure it. */
class CloudFormationFunctionTest {

    @TempDir
    Path folder;

    private static final String TEMPLATE = """
            {
              "Resources": {
                "Failures": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "failures"}},
                "Orders": {
                  "Type": "AWS::Lambda::Function",
                  "Properties": {
                    "Handler": "com.example.Orders::handleRequest",
                    "Runtime": "java17",
                    "Code": {"S3Bucket": {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},
                             "S3Key": "0123abcd.zip"},
                    "MemorySize": 768,
                    "Timeout": 15,
                    "EphemeralStorage": {"Size": 1024},
                    "Architectures": ["arm64"],
                    "Environment": {"Variables": {"QUEUE": {"Ref": "Failures"}}},
                    "ReservedConcurrentExecutions": 0,
                    "SnapStart": {"ApplyOn": "None"},
                    "TracingConfig": {"Mode": "Active"},
                    "LoggingConfig": {"LogFormat": "JSON", "LogGroup": "/orders"},
                    "DeadLetterConfig": {"TargetArn": {"Fn::GetAtt": ["Failures", "Arn"]}}
                  },
                  "Metadata": {"aws:asset:path": "asset.0123abcd", "aws:asset:property": "Code"}
                },
                "OrdersInvokeConfig": {
                  "Type": "AWS::Lambda::EventInvokeConfig",
                  "Properties": {
                    "FunctionName": {"Ref": "Orders"},
                    "Qualifier": "$LATEST",
                    "MaximumRetryAttempts": 0,
                    "MaximumEventAgeInSeconds": 120,
                    "DestinationConfig": {"OnFailure": {"Destination": {"Fn::GetAtt": ["Failures", "Arn"]}}}
                  }
                },
                "AliasInvokeConfig": {
                  "Type": "AWS::Lambda::EventInvokeConfig",
                  "Properties": {"FunctionName": {"Ref": "Orders"}, "Qualifier": "live", "MaximumRetryAttempts": 2}
                }
              }
            }
            """;

    @Test
    void everyPropertyOfALambdaFunctionAndItsEventInvokeConfigIsItsConfiguration() {
        FunctionConfig config = TemplateFiles.read(folder, TEMPLATE).function("Orders").config();

        assertThat(config.handler()).isEqualTo("com.example.Orders::handleRequest");
        assertThat(config.functionName()).isEqualTo("Orders");
        assertThat(config.runtime()).isEqualTo(JavaRuntime.JAVA17);
        assertThat(config.memorySize()).isEqualTo(768);
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.ephemeralStorageSize()).isEqualTo(1024);
        assertThat(config.environment()).isEqualTo(Map.of("QUEUE",
                "https://sqs.us-east-1.amazonaws.com/123456789012/failures"));
        assertThat(config.reservedConcurrency()).isEqualTo(OptionalInt.of(0));
        assertThat(config.snapStart()).isFalse();
        assertThat(config.tracing()).isEqualTo(TracingMode.ACTIVE);
        assertThat(config.logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(config.logGroup()).isEqualTo("/orders");
        assertThat(config.deadLetterTarget()).contains("arn:aws:sqs:us-east-1:123456789012:failures");
        // The $LATEST configuration, not the alias's: the function is invoked unqualified.
        assertThat(config.asyncInvoke().maximumRetryAttempts()).isEqualTo(OptionalInt.of(0));
        assertThat(config.asyncInvoke().maximumEventAgeInSeconds()).isEqualTo(OptionalInt.of(120));
        assertThat(config.onFailureDestination()).contains("arn:aws:sqs:us-east-1:123456789012:failures");
        assertThat(config.version()).isEqualTo(FunctionConfig.LATEST);
    }

    @Test
    void theCodeOfACdkFunctionIsItsAssetFolderBesideTheTemplate() {
        Path asset = TemplateFiles.write(folder, "asset.0123abcd/com/example/Orders.class", "").getParent().getParent()
                .getParent();

        assertThat(TemplateFiles.read(folder, TEMPLATE).function("Orders").code().classpath())
                .containsExactly(asset.toAbsolutePath());
    }
}
