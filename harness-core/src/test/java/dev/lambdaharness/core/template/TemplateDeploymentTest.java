package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole template deployed into a runtime: each function runs with the settings and code the template gives it. */
class TemplateDeploymentTest {

    @TempDir
    Path folder;

    /** A SAM template of these resources whose functions run the test corpus. */
    private Template corpusTemplate(String resources) {
        return TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function: {Runtime: java17, CodeUri: %s, Timeout: 5}
                Resources:
                """.formatted(CorpusCode.testClasses()) + resources);
    }

    @Test
    void everyFunctionOfTheTemplateRunsWithItsSettings() {
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String, Default: dev}
                Globals:
                  Function:
                    Runtime: java17
                    CodeUri: %s
                    Environment: {Variables: {STAGE: !Ref Stage}}
                Resources:
                  Echo:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.EnvironmentEcho::handleRequest
                      MemorySize: 256
                  Hello:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: dev.lambdaharness.core.corpus.Hello, FunctionName: greeter}
                """.formatted(CorpusCode.testClasses())).withParameter("Stage", "test");

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            Map<String, LambdaFunction> functions = runtime.deploy(template);

            assertThat(functions).containsOnlyKeys("Echo", "Hello");
            InvocationResult stage = functions.get("Echo").invoke("\"STAGE\"");
            assertThat(stage.payloadAsString()).isEqualTo("\"test\"");
            assertThat(functions.get("Echo").invoke("\"AWS_LAMBDA_FUNCTION_MEMORY_SIZE\"").payloadAsString())
                    .isEqualTo("\"256\"");
            assertThat(functions.get("Hello").config().functionName()).isEqualTo("greeter");
            assertThat(functions.get("Hello").invoke("\"you\"").payloadAsString()).isEqualTo("\"hello you\"");
        }
    }

    @Test
    void samsAutoPublishAliasIsAnAliasOnVersionOneWithItsProvisionedConcurrencyAndAsyncSettings() {
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java17
                      CodeUri: %s
                      Handler: dev.lambdaharness.core.corpus.EnvironmentEcho::handleRequest
                      AutoPublishAlias: live
                      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}
                      DeadLetterQueue: {Type: SQS, TargetArn: arn:aws:sqs:us-east-1:123456789012:orders-dlq}
                      EventInvokeConfig: {MaximumRetryAttempts: 1}
                """.formatted(CorpusCode.testClasses()));

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction live = runtime.deploy(template).get("Orders");

            assertThat(live.qualifier()).contains("live");
            assertThat(live.aliases()).containsOnlyKeys("live");
            assertThat(live.versions()).contains("1");
            assertThat(live.provisionedConcurrency()).hasValue(2);
            assertThat(live.environments()).hasSize(2).allSatisfy(environment -> {
                assertThat(environment.initializationType()).isEqualTo("provisioned-concurrency");
                assertThat(environment.functionVersion()).isEqualTo("1");
            });
            InvocationResult result = live.invoke("\"AWS_LAMBDA_FUNCTION_VERSION\"");
            assertThat(result.payloadAsString()).isEqualTo("\"1\"");
            assertThat(result.report().initDurationMs()).isEmpty();
            assertThat(live.config().deadLetter().targetArn()).contains("arn:aws:sqs:us-east-1:123456789012:orders-dlq");
            assertThat(live.config().asyncInvoke().effectiveMaximumRetryAttempts()).isEqualTo(1);
            assertThat(live.qualified("$LATEST").invoke("\"AWS_LAMBDA_FUNCTION_VERSION\"").payloadAsString())
                    .isEqualTo("\"$LATEST\"");
        }
    }

    @Test
    void cloudFormationVersionsAndAliasesArePublishedAndPointedAsDeclared() {
        Template template = TemplateFiles.read(folder, """
                Resources:
                  Orders:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: java17
                      Code: %s
                      Handler: dev.lambdaharness.core.corpus.EnvironmentEcho::handleRequest
                      Role: arn:aws:iam::123456789012:role/orders
                  First:
                    Type: AWS::Lambda::Version
                    Properties: {FunctionName: !Ref Orders}
                  Second:
                    Type: AWS::Lambda::Version
                    Properties:
                      FunctionName: !Ref Orders
                      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}
                  Prod:
                    Type: AWS::Lambda::Alias
                    Properties:
                      FunctionName: !Ref Orders
                      FunctionVersion: !GetAtt Second.Version
                      Name: prod
                """.formatted(CorpusCode.testClasses()));

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction orders = runtime.deploy(template).get("Orders");

            assertThat(orders.qualifier()).isEmpty();
            assertThat(orders.versions()).contains("1", "2");
            assertThat(orders.aliases().get("prod").functionVersion()).isEqualTo("2");
            assertThat(orders.qualified("2").provisionedConcurrency()).hasValue(1);
            assertThat(orders.qualified("prod").invoke("\"AWS_LAMBDA_FUNCTION_VERSION\"").payloadAsString())
                    .isEqualTo("\"2\"");
        }
    }

    @Test
    void theTemplatesQueuesAndStreamsBecomeLocalSourcesWithTheirMappings() {
        Template template = corpusTemplate("""
                  Shipper:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.SqsInstructions::handle
                      Events:
                        Orders:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt OrdersQueue.Arn
                            BatchSize: 5
                            FunctionResponseTypes: [ReportBatchItemFailures]
                  Tracker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.KinesisInstructions::handle
                      Events:
                        Clicks:
                          Type: Kinesis
                          Properties: {Stream: !GetAtt ClickStream.Arn, StartingPosition: TRIM_HORIZON, BatchSize: 10}
                  OrdersQueue:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 30
                      RedrivePolicy: {deadLetterTargetArn: !GetAtt OrdersDlq.Arn, maxReceiveCount: 1}
                  OrdersDlq:
                    Type: AWS::SQS::Queue
                  ClickStream:
                    Type: AWS::Kinesis::Stream
                    Properties: {ShardCount: 2}
                """);

        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(dev.lambdaharness.core.RuntimeClock.virtual()).build()) {
            runtime.deploy(template);

            assertThat(runtime.sqsQueues()).containsOnlyKeys("OrdersQueue", "OrdersDlq");
            assertThat(runtime.kinesisStreams().get("ClickStream").shardIds()).hasSize(2);
            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.config().batchSize())
                    .containsExactlyInAnyOrder(5, 10);
            dev.lambdaharness.core.SqsQueue orders = runtime.sqsQueues().get("OrdersQueue");
            assertThat(orders.config().visibilityTimeout()).isEqualTo(java.time.Duration.ofSeconds(30));
            orders.send("ok");
            orders.send("fail");

            assertThat(runtime.settleEventSources(java.time.Duration.ofSeconds(30))).isTrue();

            assertThat(orders.deletedCount()).isEqualTo(1);
            assertThat(runtime.sqsQueues().get("OrdersDlq").bodies()).containsExactly("fail");
        }
    }

    @Test
    void theTemplatesKafkaTopicsAndMqQueuesBecomeLocalSourcesWithTheirMappings() {
        Template template = corpusTemplate("""
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.KafkaInstructions::handle
                      Events:
                        Placed:
                          Type: MSK
                          Properties:
                            Stream: arn:aws:kafka:us-east-1:123456789012:cluster/orders-cluster/6f0a2c4e-1b7d-4e2a-9c3f-5d8e7a1b2c3d-2
                            Topics: [orders]
                            StartingPosition: TRIM_HORIZON
                            BatchSize: 7
                            FilterCriteria: {Filters: [{Pattern: '{"value": {"status": ["PLACED"]}}'}]}
                        Payments:
                          Type: SelfManagedKafka
                          Properties:
                            KafkaBootstrapServers: [kafka-1.internal:9092]
                            Topics: [payments]
                  Notifier:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.MqInstructions::handle
                      Events:
                        Notifications:
                          Type: MQ
                          Properties:
                            Broker: arn:aws:mq:us-east-1:123456789012:broker:orders-rabbit:b-7c2d4e6f-1a3b-4c5d-8e9f-0a1b2c3d4e5f
                            Queues: [notifications]
                            MaximumBatchingWindowInSeconds: 2
                  Rabbit:
                    Type: AWS::AmazonMQ::Broker
                    Properties: {BrokerName: orders-rabbit, EngineType: RABBITMQ}
                """);

        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(dev.lambdaharness.core.RuntimeClock.virtual()).build()) {
            runtime.deploy(template);

            dev.lambdaharness.core.KafkaTopic orders = runtime.kafkaTopics().get("orders");
            assertThat(orders.clusterArn()).get().asString().contains(":cluster/orders-cluster/");
            assertThat(runtime.kafkaTopics().get("payments").bootstrapServers()).isEqualTo("kafka-1.internal:9092");
            dev.lambdaharness.core.MqQueue notifications = runtime.mqQueues().get("notifications");
            assertThat(notifications.engine()).isEqualTo(dev.lambdaharness.core.MqQueue.Engine.RABBITMQ);
            assertThat(notifications.brokerArn()).contains(":broker:orders-rabbit:");
            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.config().batchSize())
                    .containsExactlyInAnyOrder(7, 100, 100);
            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.config().maximumBatchingWindow())
                    .containsExactlyInAnyOrder(java.time.Duration.ofMillis(500), java.time.Duration.ofMillis(500),
                            java.time.Duration.ofSeconds(2));
            orders.send("o-1", "{\"status\":\"PLACED\"}");
            orders.send("o-2", "{\"status\":\"CANCELLED\"}");
            notifications.send("hello");

            assertThat(runtime.settleEventSources(java.time.Duration.ofSeconds(30))).isTrue();

            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.metrics().recordsDelivered())
                    .containsExactlyInAnyOrder(1L, 0L, 1L);
            assertThat(notifications.acknowledgedCount()).isOne();
        }
    }

    @Test
    void mappingResourcesStartAtTheirTimestampAndReadSelfManagedKafka() {
        Template template = corpusTemplate("""
                  Tracker:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: dev.lambdaharness.core.corpus.KinesisInstructions::handle}
                  Payer:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: dev.lambdaharness.core.corpus.KafkaInstructions::handle}
                  ClickStream:
                    Type: AWS::Kinesis::Stream
                    Properties: {ShardCount: 1}
                  Clicks:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Tracker
                      EventSourceArn: !GetAtt ClickStream.Arn
                      StartingPosition: AT_TIMESTAMP
                      StartingPositionTimestamp: 1767225660
                  Payments:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref Payer
                      Topics: [payments]
                      SelfManagedEventSource: {Endpoints: {KafkaBootstrapServers: ['kafka-1.internal:9092']}}
                """);
        dev.lambdaharness.core.VirtualClock clock = dev.lambdaharness.core.RuntimeClock.virtual(
                java.time.Instant.parse("2026-01-01T00:00:00Z"));

        try (LambdaRuntime runtime = LambdaRuntime.builder().clock(clock).build()) {
            runtime.deploy(template);

            dev.lambdaharness.core.KinesisStream clicks = runtime.kinesisStreams().get("ClickStream");
            clicks.putRecord("k", "before");
            clock.advance(java.time.Duration.ofMinutes(2));
            clicks.putRecord("k", "after");
            dev.lambdaharness.core.KafkaTopic payments = runtime.kafkaTopics().get("payments");
            assertThat(payments.bootstrapServers()).isEqualTo("kafka-1.internal:9092");
            assertThat(payments.clusterArn()).isEmpty();
            payments.send("p-1", "paid");

            assertThat(runtime.settleEventSources(java.time.Duration.ofSeconds(30))).isTrue();

            // Only what arrived at or after 00:01:00 is read: "before" came at 00:00:00.
            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.metrics().recordsDelivered())
                    .containsExactlyInAnyOrder(1L, 1L);
            assertThat(runtime.eventSourceMappings()).extracting(mapping -> mapping.config().startingPosition())
                    .contains(dev.lambdaharness.core.EventSourceMappingConfig.StartingPosition.AT_TIMESTAMP);
        }
    }

    @Test
    void aStartingPositionLambdaLacksIsRefusedNamingTheEventSource() {
        Template template = corpusTemplate("""
                  Tracker:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.corpus.KinesisInstructions::handle
                      Events: {Clicks: {Type: Kinesis, Properties: {Stream: !GetAtt ClickStream.Arn, StartingPosition: OLDEST}}}
                  ClickStream: {Type: AWS::Kinesis::Stream}
                """);

        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.deploy(template))
                    .isInstanceOfSatisfying(dev.lambdaharness.core.InvalidConfigurationException.class, e -> assertThat(
                            java.util.List.of(e.setting(), e.value())).containsExactly("StartingPosition", "OLDEST"))
                    .hasMessageContaining("Event source Clicks").hasMessageContaining("TRIM_HORIZON, LATEST or AT_TIMESTAMP");
        }
    }
}
