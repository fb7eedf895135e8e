package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.AsyncEventSource;
import dev.lambdaharness.core.template.EventSourceMapping;
import dev.lambdaharness.core.template.FunctionAlias;
import dev.lambdaharness.core.template.FunctionUrl;
import dev.lambdaharness.core.template.FunctionVersion;
import dev.lambdaharness.core.template.HttpRoute;
import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a template says invokes a function, beside its configuration: the event source mappings,
 * HTTP routes and asynchronous sources of a SAM function's {@code Events} and of the
 * {@code AWS::Lambda::EventSourceMapping} resources that name it, its URL, versions and aliases.
 * Read as the template writes them, references resolved; nothing here is wired to a runtime.
 *
 * <pre>{@code
 * List<EventSourceMapping> mappings = readModel.eventSourceMappings("OrdersFunction", reading);
 * }</pre>
 */
final class ReadModel {

    /** The SAM event types Lambda serves with an event source mapping (a poller). */
    static final Set<String> POLLED = Set.of("SQS", "Kinesis", "DynamoDB", "MQ", "MSK", "SelfManagedKafka", "DocumentDB");
    private static final Set<String> HTTP = Set.of("Api", "HttpApi");
    private static final JsonMapper JSON = new JsonMapper();

    private final Resolver resolver;
    private final FunctionReader functions;

    ReadModel(Resolver resolver, FunctionReader functions) {
        this.resolver = resolver;
        this.functions = functions;
    }

    List<EventSourceMapping> eventSourceMappings(String logicalId, Props.Reading reading) {
        List<EventSourceMapping> mappings = new ArrayList<>();
        events(logicalId, reading, POLLED::contains,
                (name, type, p) -> mappings.add(mapping(name, type, sourceArn(type, p), p)));
        resourcesNaming(logicalId, "AWS::Lambda::EventSourceMapping", "FunctionName", reading).forEach((id, p) -> {
            String arn = p.text("EventSourceArn");
            List<Object> servers = p.props("SelfManagedEventSource").props("Endpoints").list("KafkaBootstrapServers");
            if (arn == null && !servers.isEmpty()) {
                // A self-managed Kafka cluster has no ARN: the mapping names its bootstrap servers instead.
                mappings.add(mapping(id, "SelfManagedKafka", String.join(",", texts(servers)), p));
            } else {
                mappings.add(mapping(id, serviceOf(arn), arn, p));
            }
        });
        return mappings;
    }

    /** What to do with one SAM event: its name, its type and its properties. */
    private interface EventReader {
        void read(String name, String type, Props properties);
    }

    /** Reads the function's SAM events whose type the filter keeps, in the template's order. */
    private void events(String logicalId, Props.Reading reading, java.util.function.Predicate<String> types,
            EventReader reader) {
        Props events = functions.properties(logicalId, reading).props("Events");
        for (String name : events.names()) {
            Props event = events.props(name);
            String type = event.text("Type");
            if (type != null && types.test(type)) {
                reader.read(name, type, event.props("Properties"));
            }
        }
    }

    /** The properties of each created resource of the type whose {@code property} names the function, by logical id. */
    private Map<String, Props> resourcesNaming(String logicalId, String type, String property, Props.Reading reading) {
        Map<String, Props> naming = new java.util.LinkedHashMap<>();
        Stack stack = resolver.stack();
        for (String id : stack.resources().keySet()) {
            if (type.equals(stack.type(id)) && created(id)) {
                Props p = new Props(resolver, reading, "Resources." + id + ".Properties", stack.properties(id));
                if (References.refersTo(p, property, logicalId, resolver)) {
                    naming.put(id, p);
                }
            }
        }
        return naming;
    }

    private static String sourceArn(String type, Props p) {
        return switch (type) {
            case "SQS" -> p.text("Queue");
            case "MQ" -> p.text("Broker");
            case "DocumentDB" -> p.text("Cluster");
            case "SelfManagedKafka" -> String.join(",", texts(p.list("KafkaBootstrapServers")));
            default -> p.text("Stream");
        };
    }

    private static String serviceOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":");
        String service = parts.length > 2 ? parts[2] : "";
        return switch (service) {
            case "sqs" -> "SQS";
            case "kinesis" -> "Kinesis";
            case "dynamodb" -> "DynamoDB";
            case "mq" -> "MQ";
            case "kafka" -> "MSK";
            case "rds" -> "DocumentDB";
            default -> service.toUpperCase(Locale.ROOT);
        };
    }

    private EventSourceMapping mapping(String id, String type, String arn, Props p) {
        List<String> patterns = new ArrayList<>();
        for (Object filter : p.props("FilterCriteria").list("Filters")) {
            Object pattern = filter instanceof Map<?, ?> map ? map.get("Pattern") : null;
            if (pattern != null) {
                patterns.add(json(pattern, p.path("FilterCriteria.Filters")));
            }
        }
        List<String> responseTypes = p.list("FunctionResponseTypes").stream().map(String::valueOf).toList();
        Boolean enabled = p.bool("Enabled");
        return new EventSourceMapping(id, type, arn, optional(p.integer("BatchSize")),
                optional(p.integer("MaximumBatchingWindowInSeconds")), Optional.ofNullable(p.text("StartingPosition")),
                Optional.ofNullable(p.decimal("StartingPositionTimestamp")).map(ReadModel::instant), responseTypes, Optional.ofNullable(p.bool("BisectBatchOnFunctionError")),
                optional(p.integer("MaximumRetryAttempts")), optional(p.integer("MaximumRecordAgeInSeconds")),
                optional(p.integer("ParallelizationFactor")), optional(p.integer("TumblingWindowInSeconds")),
                optional(p.props("ScalingConfig").integer("MaximumConcurrency")), patterns,
                Optional.ofNullable(p.props("DestinationConfig").props("OnFailure").text("Destination")),
                enabled == null || enabled, texts(p.list("Topics")), texts(p.list("Queues")));
    }

    /** Unix seconds, perhaps with a fraction, as an instant to the millisecond. */
    private static java.time.Instant instant(java.math.BigDecimal seconds) {
        return java.time.Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact());
    }

    private static List<String> texts(List<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /** A filter pattern as Lambda takes it: JSON text, also where the template writes it as a mapping. */
    private static String json(Object pattern, String path) {
        if (pattern instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(pattern);
        } catch (JsonProcessingException e) {
            throw new InvalidTemplateException(path, path + " holds a filter pattern that is not JSON: " + e.getOriginalMessage());
        }
    }

    List<HttpRoute> httpRoutes(String logicalId, Props.Reading reading) {
        List<HttpRoute> routes = new ArrayList<>();
        events(logicalId, reading, HTTP::contains, (name, type, p) -> {
                String method = p.text("Method");
                String path = p.text("Path");
                Object api = p.raw(type.equals("Api") ? "RestApiId" : "ApiId");
                Optional<String> apiId = api instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id
                        ? Optional.of(id) : Optional.ofNullable(api == null ? null : p.text(type.equals("Api") ? "RestApiId" : "ApiId"));
                String format = type.equals("Api") ? "1.0"
                        : Optional.ofNullable(p.text("PayloadFormatVersion")).orElse(HttpRoute.DEFAULT_HTTP_API_PAYLOAD_FORMAT);
                routes.add(new HttpRoute(name, type, method == null ? "ANY" : method.toUpperCase(Locale.ROOT),
                        path == null ? "$default" : path, apiId, format));
        });
        return routes;
    }

    List<AsyncEventSource> asyncEventSources(String logicalId, Props.Reading reading) {
        List<AsyncEventSource> sources = new ArrayList<>();
        events(logicalId, reading, type -> !POLLED.contains(type) && !HTTP.contains(type),
                (name, type, p) -> sources.add(new AsyncEventSource(name, type, Map.copyOf(p.all()))));
        return sources;
    }

    Optional<FunctionUrl> url(String logicalId, Props.Reading reading) {
        Props p = functions.properties(logicalId, reading);
        if (p.has("FunctionUrlConfig")) {
            Props url = p.props("FunctionUrlConfig");
            return Optional.of(new FunctionUrl(url.text("AuthType"), Optional.ofNullable(url.text("InvokeMode")),
                    Optional.ofNullable(p.text("AutoPublishAlias"))));
        }
        return resourcesNaming(logicalId, "AWS::Lambda::Url", "TargetFunctionArn", reading).values().stream()
                .map(url -> new FunctionUrl(url.text("AuthType"), Optional.ofNullable(url.text("InvokeMode")),
                        Optional.ofNullable(url.text("Qualifier"))))
                .findFirst();
    }

    List<FunctionAlias> aliases(String logicalId, Props.Reading reading) {
        List<FunctionAlias> aliases = new ArrayList<>();
        Props p = functions.properties(logicalId, reading);
        String autoAlias = p.text("AutoPublishAlias");
        if (autoAlias != null) {
            aliases.add(new FunctionAlias(autoAlias, TemplateStack.FIRST_VERSION, provisioned(p)));
        }
        resourcesNaming(logicalId, "AWS::Lambda::Alias", "FunctionName", reading).values().forEach(alias -> {
            Object version = alias.raw("FunctionVersion");
            // !GetAtt Version.Version names the version resource; the number is known to AWS only.
            String target = version instanceof Map<?, ?> m && m.get("Fn::GetAtt") instanceof List<?> parts
                    ? String.valueOf(parts.get(0)) : alias.text("FunctionVersion");
            aliases.add(new FunctionAlias(alias.text("Name"), target, provisioned(alias)));
        });
        return aliases;
    }

    List<FunctionVersion> versions(String logicalId, Props.Reading reading) {
        List<FunctionVersion> versions = new ArrayList<>();
        Props p = functions.properties(logicalId, reading);
        if (p.text("AutoPublishAlias") != null) {
            versions.add(new FunctionVersion(logicalId + "Version", OptionalInt.empty()));
        }
        resourcesNaming(logicalId, "AWS::Lambda::Version", "FunctionName", reading)
                .forEach((id, version) -> versions.add(new FunctionVersion(id, provisioned(version))));
        return versions;
    }

    /** Whether the resource's {@code Condition}, if it has one, holds. */
    boolean created(String logicalId) {
        Object condition = resolver.stack().attribute(logicalId, "Condition");
        if (condition == null) {
            return true;
        }
        Object value = resolver.condition(String.valueOf(condition), "Resources." + logicalId + ".Condition");
        return !(value instanceof Boolean b) || b;
    }

    private static OptionalInt provisioned(Props p) {
        return optional(p.props("ProvisionedConcurrencyConfig").integer("ProvisionedConcurrentExecutions"));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
