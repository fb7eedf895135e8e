package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a template says invokes a function: event source mappings, HTTP routes, asynchronous sources, URL, versions and aliases. */
class ReadModelTest {

    @TempDir
    Path folder;

    @Test
    void samEventsAreMappingsRoutesAndAsynchronousSources() {
        TemplateFunction function = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Orders: {Type: AWS::SQS::Queue}
                  Clicks: {Type: AWS::Kinesis::Stream}
                  Table: {Type: AWS::DynamoDB::Table}
                  Dead: {Type: AWS::SQS::Queue}
                  Api: {Type: AWS::Serverless::Api, Properties: {StageName: test}}
                  F:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.F
                      Runtime: java21
                      AutoPublishAlias: live
                      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 3}
                      FunctionUrlConfig: {AuthType: AWS_IAM, InvokeMode: RESPONSE_STREAM}
                      Events:
                        FromQueue:
                          Type: SQS
                          Properties:
                            Queue: !GetAtt Orders.Arn
                            BatchSize: 10
                            MaximumBatchingWindowInSeconds: 5
                            FunctionResponseTypes: [ReportBatchItemFailures]
                            ScalingConfig: {MaximumConcurrency: 5}
                            FilterCriteria:
                              Filters:
                                - Pattern: '{"body": {"type": ["order"]}}'
                                - Pattern: {body: {size: [large]}}
                        FromStream:
                          Type: Kinesis
                          Properties:
                            Stream: !GetAtt Clicks.Arn
                            StartingPosition: AT_TIMESTAMP
                            StartingPositionTimestamp: 1767225600.25
                            BisectBatchOnFunctionError: true
                            MaximumRetryAttempts: 3
                            MaximumRecordAgeInSeconds: 3600
                            ParallelizationFactor: 2
                            TumblingWindowInSeconds: 60
                            DestinationConfig: {OnFailure: {Destination: !GetAtt Dead.Arn}}
                            Enabled: false
                        FromTable:
                          Type: DynamoDB
                          Properties: {Stream: !GetAtt Table.StreamArn, StartingPosition: LATEST}
                        Create:
                          Type: Api
                          Properties: {Path: /orders, Method: post, RestApiId: !Ref Api}
                        List:
                          Type: HttpApi
                          Properties: {Path: '/orders/{id}', Method: GET, PayloadFormatVersion: '1.0'}
                        Default:
                          Type: HttpApi
                        Nightly:
                          Type: Schedule
                          Properties: {Schedule: rate(1 day), Input: !Sub '{"stack": "${AWS::StackName}"}'}
                        Uploads:
                          Type: S3
                          Properties: {Bucket: !Ref Orders, Events: 's3:ObjectCreated:*'}
                """).function("F");

        List<EventSourceMapping> mappings = function.eventSourceMappings();
        assertThat(mappings).extracting(EventSourceMapping::id).containsExactly("FromQueue", "FromStream", "FromTable");
        assertThat(mappings.get(0)).isEqualTo(new EventSourceMapping("FromQueue", "SQS",
                "arn:aws:sqs:us-east-1:123456789012:Orders", OptionalInt.of(10), OptionalInt.of(5), Optional.empty(),
                Optional.empty(), List.of("ReportBatchItemFailures"), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(5),
                List.of("{\"body\": {\"type\": [\"order\"]}}", "{\"body\":{\"size\":[\"large\"]}}"), Optional.empty(),
                true, List.of(), List.of()));
        assertThat(mappings.get(1)).isEqualTo(new EventSourceMapping("FromStream", "Kinesis",
                "arn:aws:kinesis:us-east-1:123456789012:stream/Clicks", OptionalInt.empty(), OptionalInt.empty(),
                Optional.of("AT_TIMESTAMP"), Optional.of(java.time.Instant.parse("2026-01-01T00:00:00.250Z")), List.of(),
                Optional.of(true), OptionalInt.of(3), OptionalInt.of(3600),
                OptionalInt.of(2), OptionalInt.of(60), OptionalInt.empty(), List.of(),
                Optional.of("arn:aws:sqs:us-east-1:123456789012:Dead"), false, List.of(), List.of()));
        assertThat(mappings.get(2).eventSourceArn())
                .isEqualTo("arn:aws:dynamodb:us-east-1:123456789012:table/Table/stream/1970-01-01T00:00:00.000");
        assertThat(function.httpRoutes()).containsExactly(
                new HttpRoute("Create", "Api", "POST", "/orders", Optional.of("Api")),
                new HttpRoute("List", "HttpApi", "GET", "/orders/{id}", Optional.empty(), "1.0"),
                new HttpRoute("Default", "HttpApi", "ANY", "$default", Optional.empty(), "2.0"));
        assertThat(function.asyncEventSources()).extracting(AsyncEventSource::id, AsyncEventSource::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nightly", "Schedule"),
                        org.assertj.core.groups.Tuple.tuple("Uploads", "S3"));
        assertThat(function.asyncEventSources().get(0).properties()).containsEntry("Input", "{\"stack\": \"local\"}");
        assertThat(function.url()).contains(new FunctionUrl("AWS_IAM", Optional.of("RESPONSE_STREAM"), Optional.of("live")));
        assertThat(function.aliases()).containsExactly(new FunctionAlias("live", "1", OptionalInt.of(3)));
        assertThat(function.versions()).containsExactly(new FunctionVersion("FVersion", OptionalInt.empty()));
    }

    @Test
    void cloudFormationResourcesThatNameTheFunctionAreItsMappingsUrlVersionsAndAliases() {
        TemplateFunction function = TemplateFiles.read(folder, """
                Resources:
                  Orders: {Type: AWS::SQS::Queue}
                  F:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: example.F, Runtime: java21, FunctionName: orders-fn, Code: {S3Bucket: b, S3Key: k}}
                  G:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: example.G, Runtime: java21, Code: {S3Bucket: b, S3Key: k}}
                  Mapping:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Orders.Arn, BatchSize: 5}
                  ByName:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: orders-fn
                      EventSourceArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s'
                      StartingPosition: AT_TIMESTAMP
                      StartingPositionTimestamp: 1767225600
                  Payments:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties:
                      FunctionName: !Ref F
                      Topics: [payments]
                      SelfManagedEventSource: {Endpoints: {KafkaBootstrapServers: ['kafka-1:9092', 'kafka-2:9092']}}
                  OfG:
                    Type: AWS::Lambda::EventSourceMapping
                    Properties: {FunctionName: !Ref G, EventSourceArn: !GetAtt Orders.Arn}
                  Url:
                    Type: AWS::Lambda::Url
                    Properties: {TargetFunctionArn: !GetAtt F.Arn, AuthType: NONE}
                  Version:
                    Type: AWS::Lambda::Version
                    Properties:
                      FunctionName: !Ref F
                      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}
                  Live:
                    Type: AWS::Lambda::Alias
                    Properties: {FunctionName: !Ref F, FunctionVersion: !GetAtt Version.Version, Name: live}
                """).function("F");

        assertThat(function.eventSourceMappings()).extracting(EventSourceMapping::id, EventSourceMapping::type,
                EventSourceMapping::batchSize).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mapping", "SQS", OptionalInt.of(5)),
                org.assertj.core.groups.Tuple.tuple("ByName", "Kinesis", OptionalInt.empty()),
                org.assertj.core.groups.Tuple.tuple("Payments", "SelfManagedKafka", OptionalInt.empty()));
        assertThat(function.eventSourceMappings().get(1).startingPositionTimestamp())
                .contains(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(function.eventSourceMappings().get(2)).extracting(EventSourceMapping::eventSourceArn,
                EventSourceMapping::topics).containsExactly("kafka-1:9092,kafka-2:9092", java.util.List.of("payments"));
        assertThat(function.url()).contains(new FunctionUrl("NONE", Optional.empty(), Optional.empty()));
        assertThat(function.versions()).containsExactly(new FunctionVersion("Version", OptionalInt.of(2)));
        assertThat(function.aliases()).containsExactly(new FunctionAlias("live", "Version", OptionalInt.empty()));
    }
}
