package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.DynamoDbTable;
import dev.lambdaharness.core.EventSourceMappingConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.KafkaTopic;
import dev.lambdaharness.core.KinesisStream;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.MqQueue;
import dev.lambdaharness.core.SqsQueue;
import dev.lambdaharness.core.SqsQueueConfig;
import dev.lambdaharness.core.template.EventSourceMapping;
import dev.lambdaharness.core.template.TemplateResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A template's queues, streams and tables made local sources of a runtime, and its functions'
 * SQS, Kinesis, DynamoDB, Kafka and Amazon MQ event sources made mappings over them, as a deployed stack would have
 * them: each queue with its visibility timeout, delay, FIFO settings and redrive to its dead-letter
 * queue, each stream with its shard count, each table with its key and stream view type, each Kafka
 * topic (MSK or self-managed) with one partition on its cluster, each Amazon MQ queue on its broker
 * (RabbitMQ when the template's {@code AWS::AmazonMQ::Broker} says so, else ActiveMQ). A source two
 * functions share is created once. DocumentDB sources are not emulated and are left out, said in
 * the runtime's log. Sources the runtime has already (of
 * another function of the template, or created by the test under the same name) are reused.
 *
 * <pre>{@code
 * TemplateSources sources = new TemplateSources(runtime, template.resources());
 * sources.map(function.eventSourceMappings(), handle);
 * }</pre>
 */
public final class TemplateSources {

    private static final System.Logger LOG = System.getLogger("dev.lambdaharness");

    private final LambdaRuntime runtime;
    private final List<TemplateResource> resources;

    public TemplateSources(LambdaRuntime runtime, List<TemplateResource> resources) {
        this.runtime = runtime;
        this.resources = resources;
    }

    /** Creates the mappings a function's template declares, with their sources; returns those created. */
    public List<dev.lambdaharness.core.EventSourceMapping> map(List<EventSourceMapping> declared, LambdaFunction function) {
        List<dev.lambdaharness.core.EventSourceMapping> created = new ArrayList<>();
        for (EventSourceMapping mapping : declared) {
            EventSourceMappingConfig.Builder builder = switch (mapping.type()) {
                case "SQS" -> EventSourceMappingConfig.builder(queue(lastSegment(mapping.eventSourceArn(), ':'),
                        mapping.eventSourceArn()));
                case "Kinesis" -> EventSourceMappingConfig.builder(stream(lastSegment(mapping.eventSourceArn(), '/')));
                case "DynamoDB" -> EventSourceMappingConfig.builder(table(tableName(mapping.eventSourceArn())));
                case "MSK", "SelfManagedKafka" -> mapping.topics().isEmpty() ? null
                        : EventSourceMappingConfig.builder(topic(mapping.type(), mapping.eventSourceArn(), mapping.topics().get(0)));
                case "MQ" -> mapping.queues().isEmpty() ? null
                        : EventSourceMappingConfig.builder(mqQueue(mapping.eventSourceArn(), mapping.queues().get(0)));
                default -> null;
            };
            if (builder == null) {
                String why = switch (mapping.type()) {
                    case "MSK", "SelfManagedKafka", "MQ" -> "it names no topic or queue";
                    case "DocumentDB" -> "DocumentDB is not emulated";
                    default -> "its source is not one the harness emulates";
                };
                LOG.log(System.Logger.Level.WARNING, "Event source " + mapping.id() + " (" + mapping.type() + ") of "
                        + function.arn() + " is not mapped: " + why + ". Invoke the function with that source's events"
                        + " (fixtures and builders) instead.");
                continue;
            }
            mapping.batchSize().ifPresent(builder::batchSize);
            mapping.maximumBatchingWindowInSeconds().ifPresent(seconds -> builder.maximumBatchingWindow(Duration.ofSeconds(seconds)));
            mapping.startingPosition().ifPresent(position -> builder.startingPosition(
                    startingPosition(mapping.id(), position)));
            mapping.startingPositionTimestamp().ifPresent(builder::startingPositionTimestamp);
            builder.reportBatchItemFailures(mapping.functionResponseTypes().contains("ReportBatchItemFailures"));
            mapping.bisectBatchOnFunctionError().ifPresent(builder::bisectBatchOnFunctionError);
            mapping.maximumRetryAttempts().ifPresent(builder::maximumRetryAttempts);
            mapping.maximumRecordAgeInSeconds().ifPresent(builder::maximumRecordAgeInSeconds);
            mapping.parallelizationFactor().ifPresent(builder::parallelizationFactor);
            mapping.tumblingWindowInSeconds().ifPresent(seconds -> builder.tumblingWindow(Duration.ofSeconds(seconds)));
            mapping.maximumConcurrency().ifPresent(builder::maximumConcurrency);
            mapping.filterPatterns().forEach(builder::filterPattern);
            mapping.onFailureDestination().ifPresent(builder::onFailureDestination);
            builder.enabled(mapping.enabled());
            created.add(runtime.eventSourceMapping(function, builder.build()));
        }
        return created;
    }

    /** The template's {@code StartingPosition}, or one message naming it when Lambda has no such position. */
    private static EventSourceMappingConfig.StartingPosition startingPosition(String mapping, String position) {
        try {
            return EventSourceMappingConfig.StartingPosition.valueOf(position);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("StartingPosition", position, "ValidationException", "Event source "
                    + mapping + " has StartingPosition " + position + ": Lambda accepts TRIM_HORIZON, LATEST or"
                    + " AT_TIMESTAMP (ValidationException). Write one of those.");
        }
    }

    /** The queue of that name, created from its template resource (or with SQS's defaults when the template has none). */
    private SqsQueue queue(String name, String arn) {
        SqsQueue existing = runtime.sqsQueues().get(name);
        if (existing != null) {
            return existing;
        }
        String[] parts = arn.split(":");
        SqsQueueConfig.Builder config = SqsQueueConfig.builder(name);
        if (parts.length == 6) {
            config.region(parts[3]).accountId(parts[4]);
        }
        Optional<TemplateResource> resource = resource("AWS::SQS::Queue", "QueueName", name);
        resource.ifPresent(queue -> {
            Map<String, Object> p = queue.properties();
            number(p.get("VisibilityTimeout")).ifPresent(seconds -> config.visibilityTimeout(Duration.ofSeconds(seconds)));
            number(p.get("DelaySeconds")).ifPresent(seconds -> config.delay(Duration.ofSeconds(seconds)));
            if (Boolean.TRUE.equals(bool(p.get("ContentBasedDeduplication")))) {
                config.contentBasedDeduplication(true);
            }
            if (p.get("RedrivePolicy") instanceof Map<?, ?> redrive) {
                Optional<String> deadLetter = logicalIdOf(redrive.get("deadLetterTargetArn"))
                        .map(id -> resources.stream().filter(r -> r.logicalId().equals(id)).findFirst()
                                .map(r -> String.valueOf(r.properties().getOrDefault("QueueName", id))).orElse(id))
                        .or(() -> redrive.get("deadLetterTargetArn") instanceof String text ? Optional.of(lastSegment(text, ':'))
                                : Optional.empty());
                Optional<Integer> maxReceiveCount = number(redrive.get("maxReceiveCount"));
                if (deadLetter.isPresent() && maxReceiveCount.isPresent()) {
                    String dlqArn = parts.length == 6 ? String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4],
                            deadLetter.get()) : deadLetter.get();
                    config.redrive(queue(deadLetter.get(), dlqArn), maxReceiveCount.get());
                }
            }
        });
        return runtime.sqsQueue(config.build());
    }

    private KinesisStream stream(String name) {
        KinesisStream existing = runtime.kinesisStreams().get(name);
        return existing != null ? existing : runtime.kinesisStream(name,
                resource("AWS::Kinesis::Stream", "Name", name).flatMap(stream -> number(stream.properties().get("ShardCount")))
                        .orElse(1));
    }

    /** A Kafka topic of the template's cluster: MSK's from its ARN, or the self-managed bootstrap servers. */
    private KafkaTopic topic(String type, String source, String name) {
        KafkaTopic existing = runtime.kafkaTopics().get(name);
        if (existing != null) {
            return existing;
        }
        return type.equals("SelfManagedKafka")
                ? runtime.selfManagedKafkaTopic(name, 1, source)
                // arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>
                : runtime.kafkaTopic(source.contains(":cluster/") ? source.split("/")[1] : "local-cluster", name, 1);
    }

    /** A queue of the template's broker, RabbitMQ when its AWS::AmazonMQ::Broker resource says so. */
    private MqQueue mqQueue(String brokerArn, String name) {
        MqQueue existing = runtime.mqQueues().get(name);
        if (existing != null) {
            return existing;
        }
        // arn:aws:mq:<region>:<account>:broker:<name>:<id>
        String[] parts = brokerArn.split(":");
        String broker = parts.length > 6 ? parts[6] : "local-broker";
        boolean rabbit = resources.stream().filter(r -> r.type().equals("AWS::AmazonMQ::Broker"))
                .filter(r -> broker.equals(r.properties().get("BrokerName")) || broker.equals(r.logicalId()))
                .anyMatch(r -> "RABBITMQ".equalsIgnoreCase(String.valueOf(r.properties().get("EngineType"))));
        return rabbit ? runtime.rabbitMqQueue(broker, name) : runtime.activeMqQueue(broker, name);
    }

    private DynamoDbTable table(String name) {
        DynamoDbTable existing = runtime.dynamoDbTables().get(name);
        if (existing != null) {
            return existing;
        }
        Optional<TemplateResource> table = resource("AWS::DynamoDB::Table", "TableName", name);
        String view = table.map(t -> t.properties().get("StreamSpecification")).filter(Map.class::isInstance)
                .map(spec -> String.valueOf(((Map<?, ?>) spec).get("StreamViewType"))).orElse("NEW_AND_OLD_IMAGES");
        List<String> keys = new ArrayList<>();
        table.map(t -> t.properties().get("KeySchema")).filter(List.class::isInstance).ifPresent(schema -> {
            for (String type : List.of("HASH", "RANGE")) {
                for (Object key : (List<?>) schema) {
                    if (key instanceof Map<?, ?> k && type.equals(k.get("KeyType"))) {
                        keys.add(String.valueOf(k.get("AttributeName")));
                    }
                }
            }
        });
        return runtime.dynamoDbTable(name, view, keys.isEmpty() ? new String[] {"id"} : keys.toArray(String[]::new));
    }

    /** The resource of a type whose name property, or else whose logical id, is the name the harness gave it. */
    private Optional<TemplateResource> resource(String type, String nameProperty, String name) {
        return resources.stream().filter(r -> r.type().equals(type))
                .filter(r -> name.equals(r.properties().get(nameProperty)) || name.equals(r.logicalId())).findFirst();
    }

    private static Optional<String> logicalIdOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("Fn::GetAtt") instanceof List<?> parts && !parts.isEmpty()) {
                return Optional.of(String.valueOf(parts.get(0)));
            }
            if (map.get("Fn::GetAtt") instanceof String text) {
                return Optional.of(text.substring(0, text.indexOf('.') < 0 ? text.length() : text.indexOf('.')));
            }
            if (map.get("Ref") instanceof String ref) {
                return Optional.of(ref);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.intValue());
        }
        return value instanceof String text && text.matches("\\d+") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof String text ? Boolean.valueOf(text.toLowerCase(Locale.ROOT)) : null;
    }

    private static String lastSegment(String arn, char separator) {
        return arn.substring(arn.lastIndexOf(separator) + 1);
    }

    /** {@code arn:aws:dynamodb:us-east-1:123456789012:table/Orders/stream/2026-...}: Orders. */
    private static String tableName(String streamArn) {
        int start = streamArn.indexOf(":table/") + ":table/".length();
        int end = streamArn.indexOf('/', start);
        return streamArn.substring(start, end < 0 ? streamArn.length() : end);
    }
}
