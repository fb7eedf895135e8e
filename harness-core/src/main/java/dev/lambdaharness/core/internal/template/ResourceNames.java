package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.template.UnresolvedValue;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The names and ARNs a stack's resources get in Lambda Harness, which {@code Ref} and
 * {@code Fn::GetAtt} resolve to: the name the resource's own name property gives (a function's
 * {@code FunctionName}, a queue's {@code QueueName}), else its logical id, as SAM CLI names local
 * functions; ARNs in the stack's partition, region and account. CloudFormation would add the stack
 * name and a random suffix to a generated name; no test can know that suffix, so none is made up.
 *
 * <pre>{@code
 * // Resources: {Orders: {Type: AWS::SQS::Queue}}
 * names.attribute("Orders", "Arn", resolver, path, "!GetAtt Orders.Arn"); // arn:aws:sqs:us-east-1:123456789012:Orders
 * }</pre>
 */
final class ResourceNames {

    /**
     * The stream label of a DynamoDB table's {@code StreamArn}. DynamoDB makes it the time the stream
     * was enabled, which only AWS knows; this fixed one keeps the ARN's shape. UNCONFIRMED as any
     * real label: docs/fidelity.md.
     */
    static final String DYNAMODB_STREAM_LABEL = "1970-01-01T00:00:00.000";

    /** Each modelled type's name property. */
    private static final Map<String, String> NAME_PROPERTIES = Map.ofEntries(
            Map.entry("AWS::Serverless::Function", "FunctionName"),
            Map.entry("AWS::Lambda::Function", "FunctionName"),
            Map.entry("AWS::SQS::Queue", "QueueName"),
            Map.entry("AWS::SNS::Topic", "TopicName"),
            Map.entry("AWS::DynamoDB::Table", "TableName"),
            Map.entry("AWS::DynamoDB::GlobalTable", "TableName"),
            Map.entry("AWS::Serverless::SimpleTable", "TableName"),
            Map.entry("AWS::Kinesis::Stream", "Name"),
            Map.entry("AWS::S3::Bucket", "BucketName"),
            Map.entry("AWS::Events::EventBus", "Name"),
            Map.entry("AWS::Events::Rule", "Name"),
            Map.entry("AWS::Logs::LogGroup", "LogGroupName"),
            Map.entry("AWS::IAM::Role", "RoleName"),
            Map.entry("AWS::Lambda::LayerVersion", "LayerName"),
            Map.entry("AWS::Serverless::LayerVersion", "LayerName"),
            Map.entry("AWS::StepFunctions::StateMachine", "StateMachineName"),
            Map.entry("AWS::Serverless::StateMachine", "Name"),
            Map.entry("AWS::SSM::Parameter", "Name"));

    private final Stack stack;

    ResourceNames(Stack stack) {
        this.stack = stack;
    }

    /** Whether the harness names resources of this type, so that {@code Ref} and {@code GetAtt} resolve. */
    static boolean models(String type) {
        return NAME_PROPERTIES.containsKey(type);
    }

    /** What {@code Ref} to the resource returns, as CloudFormation documents it per type. */
    Object ref(String logicalId, Resolver resolver, String path, String expression) {
        return named(logicalId, resolver, path, expression, (type, n) -> switch (type) {
            case "AWS::SQS::Queue" -> queueUrl(n);
            case "AWS::SNS::Topic" -> arn("sns", n);
            case "AWS::Lambda::LayerVersion", "AWS::Serverless::LayerVersion" -> arn("lambda", "layer:" + n + ":1");
            case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" -> arn("states", "stateMachine:" + n);
            default -> n;
        });
    }

    /**
     * What a resource of a modelled type resolves to, made from its type and name; unresolved when
     * the type is not modelled or the name cannot be resolved here.
     */
    private Object named(String logicalId, Resolver resolver, String path, String expression,
            BiFunction<String, String, Object> value) {
        String type = stack.type(logicalId);
        if (!models(type)) {
            return notModelled(logicalId, type, path, expression);
        }
        Object name = name(logicalId, type, resolver);
        if (name instanceof UnresolvedValue unresolved) {
            return new UnresolvedValue(path, expression, "the name of " + logicalId + " is " + unresolved.expression()
                    + ", which cannot be resolved here: " + unresolved.reason());
        }
        return value.apply(type, (String) name);
    }

    /** What {@code Fn::GetAtt} returns for the attributes the harness can know; unresolved for the others. */
    Object attribute(String logicalId, String attribute, Resolver resolver, String path, String expression) {
        return named(logicalId, resolver, path, expression, (type, n) -> attribute(logicalId, type, n, attribute, path,
                expression));
    }

    private Object attribute(String logicalId, String type, String n, String attribute, String path, String expression) {
        String value = switch (type + "." + attribute) {
            case "AWS::Serverless::Function.Arn", "AWS::Lambda::Function.Arn" -> arn("lambda", "function:" + n);
            case "AWS::SQS::Queue.Arn" -> arn("sqs", n);
            case "AWS::SQS::Queue.QueueName", "AWS::SNS::Topic.TopicName", "AWS::Events::EventBus.Name",
                 "AWS::StepFunctions::StateMachine.Name", "AWS::Serverless::StateMachine.Name" -> n;
            case "AWS::SQS::Queue.QueueUrl" -> queueUrl(n);
            case "AWS::SNS::Topic.TopicArn" -> arn("sns", n);
            case "AWS::DynamoDB::Table.Arn", "AWS::DynamoDB::GlobalTable.Arn", "AWS::Serverless::SimpleTable.Arn" ->
                    arn("dynamodb", "table/" + n);
            case "AWS::DynamoDB::Table.StreamArn", "AWS::DynamoDB::GlobalTable.StreamArn" ->
                    arn("dynamodb", "table/" + n + "/stream/" + DYNAMODB_STREAM_LABEL);
            case "AWS::Kinesis::Stream.Arn" -> arn("kinesis", "stream/" + n);
            case "AWS::S3::Bucket.Arn" -> "arn:" + stack.partition() + ":s3:::" + n;
            case "AWS::Events::EventBus.Arn" -> arn("events", "event-bus/" + n);
            case "AWS::Events::Rule.Arn" -> arn("events", "rule/" + n);
            case "AWS::Logs::LogGroup.Arn" -> arn("logs", "log-group:" + n + ":*");
            case "AWS::IAM::Role.Arn" -> "arn:" + stack.partition() + ":iam::" + stack.settings().accountId() + ":role/" + n;
            case "AWS::StepFunctions::StateMachine.Arn", "AWS::Serverless::StateMachine.Arn" -> arn("states", "stateMachine:" + n);
            default -> null;
        };
        if (value == null) {
            return new UnresolvedValue(path, expression, "attribute " + attribute + " of " + logicalId + " (" + type
                    + ") is known to AWS only");
        }
        return value;
    }

    /** The resource's name: its name property resolved, else its logical id. */
    private Object name(String logicalId, String type, Resolver resolver) {
        String property = NAME_PROPERTIES.get(type);
        Object given = stack.properties(logicalId).get(property);
        String path = "Resources." + logicalId + ".Properties." + property;
        Object name = given == null && !stack.values().containsKey(path) ? null : resolver.resolve(given, path);
        if (name instanceof UnresolvedValue) {
            return name;
        }
        if (name != null && name != Resolver.NO_VALUE) {
            return Resolver.scalarText(name, path, property);
        }
        if (type.equals("AWS::S3::Bucket")) {
            return logicalId.toLowerCase(Locale.ROOT); // bucket names are lower case
        }
        if (type.equals("AWS::SQS::Queue") && Boolean.TRUE.equals(fifo(logicalId, resolver))) {
            return logicalId + ".fifo";
        }
        return logicalId;
    }

    private Object fifo(String logicalId, Resolver resolver) {
        Object fifo = resolver.resolve(stack.properties(logicalId).get("FifoQueue"),
                "Resources." + logicalId + ".Properties.FifoQueue");
        return fifo instanceof String text ? Boolean.valueOf(text) : fifo;
    }

    private String arn(String service, String resource) {
        return "arn:" + stack.partition() + ":" + service + ":" + stack.settings().region() + ":"
                + stack.settings().accountId() + ":" + resource;
    }

    private String queueUrl(String name) {
        return "https://sqs." + stack.settings().region() + "." + stack.pseudoParameter("AWS::URLSuffix") + "/"
                + stack.settings().accountId() + "/" + name;
    }

    private static UnresolvedValue notModelled(String logicalId, String type, String path, String expression) {
        return new UnresolvedValue(path, expression, logicalId + " is an " + type
                + ", a resource Lambda Harness does not model");
    }
}
