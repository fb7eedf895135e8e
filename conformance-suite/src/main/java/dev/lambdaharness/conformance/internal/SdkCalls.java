package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IAM actions a function's code needs for the AWS SDK for Java 2.x calls it makes: each call of
 * an operation of a service client ({@code DynamoDbClient.putItem}) is the action of that name in
 * the service's IAM namespace ({@code dynamodb:PutItem}), with the few services whose namespace or
 * action names differ mapped by hand. Read from the classes of the handler's package, as the rules
 * read them.
 *
 * <pre>{@code
 * Map<String, List<String>> needed = SdkCalls.actions("com.example.Orders::handleRequest", code.functionEntries());
 * // {dynamodb:PutItem=[com.example.OrderStore.save -> DynamoDbClient.putItem]}
 * }</pre>
 */
public final class SdkCalls {

    private static final Pattern CLIENT = Pattern.compile("software\\.amazon\\.awssdk\\.services\\.([a-z0-9]+)\\.[A-Za-z0-9]+Client");

    /** Methods of a client that are no operation of the service. */
    private static final Set<String> NOT_OPERATIONS = Set.of("close", "serviceName", "serviceClientConfiguration",
            "utilities", "waiter", "builder", "create", "presigner");

    /** Service packages whose IAM namespace is another name. */
    private static final Map<String, String> NAMESPACES = Map.of("eventbridge", "events", "sfn", "states",
            "cloudwatchlogs", "logs", "sesv2", "ses", "secretsmanager", "secretsmanager");

    /** Operations whose IAM action is another one (batch forms, S3's bucket-level reads). */
    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            Map.entry("s3:ListObjectsV2", List.of("s3:ListBucket")), Map.entry("s3:ListObjects", List.of("s3:ListBucket")),
            Map.entry("s3:HeadObject", List.of("s3:GetObject")), Map.entry("s3:HeadBucket", List.of("s3:ListBucket")),
            Map.entry("s3:GetObjectAsBytes", List.of("s3:GetObject")), Map.entry("s3:DeleteObjects", List.of("s3:DeleteObject")),
            Map.entry("s3:CopyObject", List.of("s3:GetObject", "s3:PutObject")),
            Map.entry("sqs:SendMessageBatch", List.of("sqs:SendMessage")),
            Map.entry("sqs:DeleteMessageBatch", List.of("sqs:DeleteMessage")),
            Map.entry("sqs:ChangeMessageVisibilityBatch", List.of("sqs:ChangeMessageVisibility")),
            Map.entry("sns:PublishBatch", List.of("sns:Publish")), Map.entry("lambda:Invoke", List.of("lambda:InvokeFunction")));

    private SdkCalls() {
    }

    /**
     * The actions the calls need, each with the call sites that need it, sorted by action.
     *
     * @param imported the classes read so far, by folder, which functions of one template share
     */
    public static Map<String, List<String>> actions(String handler, List<Path> entries, Map<List<Path>, JavaClasses> imported) {
        String handlerClass = RuleRun.handlerClass(handler);
        int dot = handlerClass.lastIndexOf('.');
        String packageFolder = dot < 0 ? "" : handlerClass.substring(0, dot).replace('.', '/');
        List<Path> folders = entries.stream().filter(Files::isDirectory).map(dir -> dir.resolve(packageFolder))
                .filter(Files::isDirectory).toList();
        Map<String, List<String>> actions = new TreeMap<>();
        if (folders.isEmpty()) {
            return actions;
        }
        JavaClasses classes = imported.computeIfAbsent(folders, paths -> new ClassFileImporter().importPaths(paths));
        for (JavaClass javaClass : classes) {
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                for (String action : actionsOf(owner, call.getName())) {
                    actions.computeIfAbsent(action, a -> new ArrayList<>()).add(call.getOriginOwner().getName() + "."
                            + call.getOrigin().getName() + " -> " + call.getTargetOwner().getSimpleName() + "." + call.getName());
                }
            }
        }
        return actions;
    }

    /** The IAM actions one method of one SDK client needs; none for what is no client or no operation. */
    static List<String> actionsOf(String owner, String method) {
        Matcher client = CLIENT.matcher(owner);
        if (!client.matches() || NOT_OPERATIONS.contains(method) || method.isEmpty()) {
            return List.of();
        }
        String operation = method.endsWith("Paginator") ? method.substring(0, method.length() - "Paginator".length()) : method;
        String action = NAMESPACES.getOrDefault(client.group(1), client.group(1)) + ":"
                + Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
        return ACTIONS.getOrDefault(action, List.of(action));
    }

    /** For messages: the call sites, a few at most. */
    public static String sites(Map<String, List<String>> actions, String action) {
        List<String> sites = actions.getOrDefault(action, List.of());
        Map<String, Boolean> unique = new LinkedHashMap<>();
        sites.forEach(site -> unique.put(site, true));
        return String.join(", ", unique.keySet().stream().limit(3).toList());
    }
}
