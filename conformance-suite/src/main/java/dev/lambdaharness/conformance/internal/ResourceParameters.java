package dev.lambdaharness.conformance.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The SDK calls whose first parameter names a DynamoDB table, an S3 bucket, an SQS queue or an
 * SNS topic: SDK v2 request builders ({@code PutItemRequest.Builder.tableName},
 * {@code GetObjectRequest.Builder.bucket}, {@code SendMessageRequest.Builder.queueUrl},
 * {@code PublishRequest.Builder.topicArn}) and the enhanced client's {@code table}; SDK v1
 * setters and withers of the same names, constructors of {@code ...Request} model classes that
 * take a string first, client methods that take a string first ({@code putItem("orders", ...)},
 * {@code putObject("bucket", ...)}, {@code sendMessage(queueUrl, ...)}) and the document API's
 * {@code getTable}. Matching is by package and name, so every request type of the four services
 * is covered without a list of them.
 */
final class ResourceParameters {

    private static final String STRING_FIRST = "(Ljava/lang/String;";

    /** SDK v2: a model package, and the builder methods in it that take a name, by the kind of name. */
    private static final Map<String, Map<String, String>> V2_BUILDERS = Map.of(
            "software/amazon/awssdk/services/dynamodb/model/", Map.of("tableName", "DynamoDB table name"),
            "software/amazon/awssdk/services/s3/model/", Map.of("bucket", "S3 bucket", "sourceBucket", "S3 bucket", "destinationBucket", "S3 bucket"),
            "software/amazon/awssdk/services/sqs/model/", Map.of("queueUrl", "SQS queue URL", "queueName", "SQS queue name"),
            "software/amazon/awssdk/services/sns/model/", Map.of("topicArn", "SNS topic ARN"));
    private static final Set<String> V2_ENHANCED_CLIENTS = Set.of(
            "software/amazon/awssdk/enhanced/dynamodb/DynamoDbEnhancedClient",
            "software/amazon/awssdk/enhanced/dynamodb/DynamoDbEnhancedAsyncClient");

    /** SDK v1: a service's package, and the kind of name its calls take first. */
    private static final Map<String, String> V1_SERVICES = Map.of(
            "com/amazonaws/services/dynamodbv2/", "DynamoDB table name",
            "com/amazonaws/services/s3/", "S3 bucket",
            "com/amazonaws/services/sqs/", "SQS queue",
            "com/amazonaws/services/sns/", "SNS topic ARN");
    private static final Set<String> V1_ACCESSORS = Set.of("TableName", "BucketName", "QueueUrl", "QueueName", "TopicArn");
    private static final Pattern V1_CLIENT = Pattern.compile("Amazon(DynamoDB|S3|SQS|SNS)(Async)?(Client)?(Buffered)?");
    private static final String V1_DOCUMENT_API = "com/amazonaws/services/dynamodbv2/document/DynamoDB";

    private ResourceParameters() {
    }

    /** @return the kind of name the call's first argument is ({@code DynamoDB table name}), or empty when the call takes none */
    static Optional<String> kind(MethodInsnNode call) {
        if (!call.desc.startsWith(STRING_FIRST)) {
            return Optional.empty();
        }
        for (Map.Entry<String, Map<String, String>> service : V2_BUILDERS.entrySet()) {
            if (call.owner.startsWith(service.getKey()) && Type.getArgumentTypes(call.desc).length == 1) {
                return Optional.ofNullable(service.getValue().get(call.name));
            }
        }
        if (V2_ENHANCED_CLIENTS.contains(call.owner) && call.name.equals("table")) {
            return Optional.of("DynamoDB table name");
        }
        for (Map.Entry<String, String> service : V1_SERVICES.entrySet()) {
            if (call.owner.startsWith(service.getKey()) && takesNameFirst(call)) {
                return Optional.of(service.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean takesNameFirst(MethodInsnNode call) {
        String simpleName = call.owner.substring(call.owner.lastIndexOf('/') + 1);
        boolean accessor = (call.name.startsWith("set") || call.name.startsWith("with")) && Type.getArgumentTypes(call.desc).length == 1;
        if (accessor) {
            return V1_ACCESSORS.contains(call.name.substring(call.name.startsWith("set") ? 3 : 4));
        }
        if (call.name.equals("<init>")) {
            return call.owner.contains("/model/") && simpleName.endsWith("Request");
        }
        if (call.owner.equals(V1_DOCUMENT_API)) {
            return call.name.equals("getTable");
        }
        // A client method other than its configuration (setEndpoint, setRegion, ...) takes the resource first.
        return V1_CLIENT.matcher(simpleName).matches() && !call.name.startsWith("set") && call.getOpcode() != Opcodes.INVOKESTATIC;
    }
}
