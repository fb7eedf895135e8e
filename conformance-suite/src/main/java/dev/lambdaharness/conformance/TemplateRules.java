package dev.lambdaharness.conformance;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.lambdaharness.conformance.internal.PolicyGrants;
import dev.lambdaharness.conformance.internal.SdkCalls;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.TracingMode;
import dev.lambdaharness.core.template.EventSourceMapping;
import dev.lambdaharness.core.template.Template;
import dev.lambdaharness.core.template.TemplateFunction;
import dev.lambdaharness.core.template.TemplateResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Lambda's best practices that a SAM or CloudFormation template shows, checked on the template, in
 * the spirit of awslabs serverless-rules: tracing on, timeout and memory chosen rather than left to
 * Lambda's defaults, a place for failed asynchronous events, partial batch responses on queues and
 * streams, a queue's visibility timeout at least six times the function's timeout, no wildcard
 * actions in inline policies, and a log retention. One result per function and rule, passed or
 * failed, with the template's path as evidence.
 *
 * <pre>{@code
 * List<CheckResult> results = TemplateRules.check(Template.read(Path.of("template.yaml")));
 * ConformanceSuite.builder().template(template)...   // the same results in the suite's reports
 * }</pre>
 */
public final class TemplateRules {

    /** Lambda's timeout when a template sets none, in seconds. */
    static final int DEFAULT_TIMEOUT_SECONDS = 3;
    /** SQS's visibility timeout when a queue sets none, in seconds. */
    static final int DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;
    /** AWS's advice: a source queue's visibility timeout at least six times the function's timeout. */
    static final int VISIBILITY_TIMEOUT_FACTOR = 6;

    private TemplateRules() {
    }

    /** The rules' results for every function of the template, function by function. */
    public static List<CheckResult> check(Template template) {
        Objects.requireNonNull(template, "template");
        List<TemplateResource> resources = template.resources();
        List<CheckResult> results = new ArrayList<>();
        Map<List<Path>, JavaClasses> imported = new HashMap<>();
        for (TemplateFunction function : template.functions()) {
            TemplateResource resource = resources.stream().filter(r -> r.logicalId().equals(function.logicalId()))
                    .findFirst().orElseThrow();
            results.addAll(new FunctionRules(function, resource, resources, imported).results());
        }
        return results;
    }

    /** The rules of one function. */
    private static final class FunctionRules {
        private final TemplateFunction function;
        private final TemplateResource resource;
        private final List<TemplateResource> resources;
        private final Map<List<Path>, JavaClasses> imported;
        private final String id;
        private final String path;
        private final List<CheckResult> results = new ArrayList<>();

        FunctionRules(TemplateFunction function, TemplateResource resource, List<TemplateResource> resources,
                Map<List<Path>, JavaClasses> imported) {
            this.function = function;
            this.resource = resource;
            this.resources = resources;
            this.imported = imported;
            this.id = function.logicalId();
            this.path = "Resources." + id + ".Properties";
        }

        List<CheckResult> results() {
            FunctionConfig config = function.config();
            rule("template-tracing-active", Severity.WARNING, config.tracing() == TracingMode.ACTIVE,
                    "Function " + id + " has tracing PassThrough: set Tracing: Active (on it, or in Globals) so that"
                            + " X-Ray samples its invocations and shows where their time goes.", path + ".Tracing");
            rule("template-timeout-set", Severity.WARNING, resource.properties().containsKey("Timeout"),
                    "Function " + id + " sets no Timeout, so Lambda gives it " + DEFAULT_TIMEOUT_SECONDS + " s: set the"
                            + " time it needs at most (on it, or in Globals), measured under load.", path + ".Timeout");
            rule("template-memory-set", Severity.WARNING, resource.properties().containsKey("MemorySize"),
                    "Function " + id + " sets no MemorySize, so Lambda gives it 128 MB, and the CPU share that goes with"
                            + " it: set the size its cold starts and invocations were measured with.", path + ".MemorySize");
            asyncFailureTarget(config);
            batchSources(config);
            wildcardActions();
            logRetention(config);
            leastPrivilege(config);
            return results;
        }

        private void asyncFailureTarget(FunctionConfig config) {
            if (function.asyncEventSources().isEmpty()) {
                return;
            }
            boolean target = config.deadLetter().targetArn().isPresent()
                    || config.asyncInvoke().onFailureDestination().isPresent();
            String sources = function.asyncEventSources().stream().map(s -> s.id() + " (" + s.type() + ")").toList().toString();
            rule("template-async-failure-target", Severity.WARNING, target, "Function " + id + " is invoked"
                    + " asynchronously by " + sources + " but has neither an on-failure destination nor a dead-letter"
                    + " queue: an event that fails its retries is lost. Set EventInvokeConfig.DestinationConfig.OnFailure"
                    + " or DeadLetterQueue.", path + ".Events");
        }

        private void batchSources(FunctionConfig config) {
            for (EventSourceMapping mapping : function.eventSourceMappings()) {
                String type = mapping.type();
                if (!List.of("SQS", "Kinesis", "DynamoDB").contains(type)) {
                    continue;
                }
                rule("template-report-batch-item-failures", Severity.WARNING,
                        mapping.functionResponseTypes().contains("ReportBatchItemFailures"), "Function " + id + "'s " + type
                                + " source " + mapping.id() + " does not set FunctionResponseTypes: [ReportBatchItemFailures],"
                                + " so one failed record sends the whole batch back. Set it and return the failed items.",
                        path + ".Events." + mapping.id());
                if ("SQS".equals(type)) {
                    visibilityTimeout(mapping, (int) config.timeout().toSeconds(), mapping.maximumBatchingWindowInSeconds().orElse(0));
                }
            }
        }

        /**
         * AWS's advice (runtime-facts §9.3): a visibility timeout of at least six times the function's timeout,
         * plus the batching window once (6 × timeout + window, not 6 × (timeout + window)).
         */
        private void visibilityTimeout(EventSourceMapping mapping, int timeoutSeconds, int windowSeconds) {
            String queueName = mapping.eventSourceArn().substring(mapping.eventSourceArn().lastIndexOf(':') + 1);
            Optional<TemplateResource> queue = resources.stream().filter(r -> r.type().equals("AWS::SQS::Queue"))
                    .filter(r -> queueName.equals(r.properties().get("QueueName")) || queueName.equals(r.logicalId()))
                    .findFirst();
            if (queue.isEmpty()) {
                return; // a queue of another stack: its visibility timeout is not in this template
            }
            Object value = queue.get().properties().getOrDefault("VisibilityTimeout", DEFAULT_VISIBILITY_TIMEOUT_SECONDS);
            if (!(value instanceof Number) && !(value instanceof String text && text.matches("\\d+"))) {
                return; // set by a parameter or an intrinsic: nothing to compare here
            }
            int visibility = Integer.parseInt(value.toString());
            String where = "Resources." + queue.get().logicalId() + ".Properties.VisibilityTimeout";
            int advised = VISIBILITY_TIMEOUT_FACTOR * timeoutSeconds + windowSeconds;
            rule("template-visibility-timeout", Severity.WARNING, visibility >= advised,
                    "Queue " + queue.get().logicalId() + " has a visibility timeout of " + visibility + " s, less than six"
                            + " times function " + id + "'s timeout of " + timeoutSeconds + " s plus its batching window of "
                            + windowSeconds + " s: a batch still being retried may become visible and run twice. Set it to"
                            + " at least " + advised + " s.", where);
        }

        private void wildcardActions() {
            List<String> wildcards = new ArrayList<>();
            if (resource.properties().get("Policies") instanceof List<?> policies) {
                for (int i = 0; i < policies.size(); i++) {
                    statements(policies.get(i), path + ".Policies[" + i + "]", wildcards);
                }
            }
            roleOf().ifPresent(role -> {
                if (role.properties().get("Policies") instanceof List<?> policies) {
                    for (int i = 0; i < policies.size(); i++) {
                        Object document = policies.get(i) instanceof Map<?, ?> m ? m.get("PolicyDocument") : null;
                        statements(document, "Resources." + role.logicalId() + ".Properties.Policies[" + i + "].PolicyDocument",
                                wildcards);
                    }
                }
            });
            rule("template-no-wildcard-actions", Severity.ERROR, wildcards.isEmpty(), "Function " + id + "'s permissions allow"
                    + " every action of a service: " + String.join(", ", wildcards) + ". Name the actions the function calls,"
                    + " or use a SAM policy template such as DynamoDBCrudPolicy.", wildcards.isEmpty() ? path
                    : wildcards.get(0));
        }

        /** The role the function's {@code Role} names, when it is a role of this template. */
        private Optional<TemplateResource> roleOf() {
            Object role = resource.properties().get("Role");
            String target = role instanceof Map<?, ?> m ? m.get("Fn::GetAtt") instanceof List<?> parts && !parts.isEmpty()
                    ? String.valueOf(parts.get(0)) : m.get("Ref") instanceof String ref ? ref : null : null;
            return resources.stream().filter(r -> r.type().equals("AWS::IAM::Role") && r.logicalId().equals(target)).findFirst();
        }

        private static void statements(Object document, String where, List<String> wildcards) {
            Object statements = document instanceof Map<?, ?> map ? map.get("Statement") : null;
            if (statements == null) {
                return;
            }
            List<?> list = statements instanceof List<?> l ? l : List.of(statements);
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> statement) || !"Allow".equals(statement.get("Effect"))) {
                    continue;
                }
                Object actions = statement.get("Action");
                for (Object action : actions instanceof List<?> l ? l : List.of(String.valueOf(actions))) {
                    String text = String.valueOf(action);
                    if (text.equals("*") || text.endsWith(":*")) {
                        wildcards.add(where + ".Statement[" + i + "].Action " + text);
                    }
                }
            }
        }

        private void logRetention(FunctionConfig config) {
            String name = config.functionName();
            boolean kept = resources.stream().filter(r -> r.type().equals("AWS::Logs::LogGroup"))
                    .filter(r -> r.properties().containsKey("RetentionInDays"))
                    .anyMatch(group -> namesThisFunction(group));
            rule("template-log-retention", Severity.WARNING, kept, "Function " + id + " has no log group with a retention:"
                    + " Lambda creates /aws/lambda/" + name + " itself, keeping logs forever. Declare an AWS::Logs::LogGroup"
                    + " named /aws/lambda/${" + id + "} (or set LoggingConfig.LogGroup) with RetentionInDays.", path);
        }

        private boolean namesThisFunction(TemplateResource group) {
            Object logging = resource.properties().get("LoggingConfig");
            if (logging instanceof Map<?, ?> m && m.get("LogGroup") instanceof Map<?, ?> ref && group.logicalId().equals(ref.get("Ref"))) {
                return true;
            }
            Object name = group.properties().get("LogGroupName");
            String text = name instanceof Map<?, ?> sub && sub.get("Fn::Sub") != null ? String.valueOf(sub.get("Fn::Sub"))
                    : String.valueOf(name);
            return text.contains("/aws/lambda/${" + id + "}") || text.equals("/aws/lambda/" + function.config().functionName());
        }

        /**
         * The role allows what the code calls through the AWS SDK, and little else: a call with no
         * permission is an error; a permission neither the code nor Lambda's own use of the role
         * explains is information.
         */
        private void leastPrivilege(FunctionConfig config) {
            PolicyGrants grants = PolicyGrants.of(resource.properties(), roleOf().map(TemplateResource::properties).orElse(Map.of()));
            Map<String, List<String>> needed;
            try {
                needed = SdkCalls.actions(config.handler(), function.code().functionEntries(), imported);
            } catch (IllegalArgumentException notLocal) {
                results.add(new CheckResult(id, "template-least-privilege", CheckResult.Kind.RULE, Outcome.NOT_RUN,
                        Severity.ERROR, "the code of function " + id + " is not on this machine, so its SDK calls cannot be"
                        + " read: " + notLocal.getMessage(), List.of()));
                return;
            }
            List<String> missing = needed.keySet().stream().filter(action -> !grants.allows(action)).toList();
            if (!missing.isEmpty() && !grants.unknown().isEmpty()) {
                results.add(new CheckResult(id, "template-least-privilege", CheckResult.Kind.RULE, Outcome.NOT_RUN,
                        Severity.ERROR, "function " + id + " calls " + String.join(", ", missing) + ", which its known grants"
                        + " do not allow, and its role also has " + String.join(", ", grants.unknown()) + ", whose actions"
                        + " are not known here: name the actions in a statement to have them checked", List.of()));
            } else {
                rule("template-least-privilege", Severity.ERROR, missing.isEmpty(), "Function " + id + " calls "
                        + missing.stream().map(action -> action + " (" + SdkCalls.sites(needed, action) + ")").toList()
                        + " through the AWS SDK, but its role does not allow " + (missing.size() == 1 ? "it" : "them")
                        + ": it fails with AccessDeniedException on AWS. Add " + (missing.size() == 1 ? "the action" : "them")
                        + " to its Policies (a statement, or a SAM policy template that holds " + (missing.size() == 1 ? "it"
                        : "them") + ").", path + ".Policies");
            }
            Set<String> lambdaUses = lambdaActions(config);
            List<String> unused = grants.stated().stream().filter(action -> !needed.containsKey(action)
                    && lambdaUses.stream().noneMatch(action::equalsIgnoreCase)).toList();
            rule("template-unused-permissions", Severity.INFO, unused.isEmpty(), "Function " + id + " is allowed "
                    + unused + ", which neither its code's SDK calls nor Lambda's own use of its role (polling its sources,"
                    + " logs, tracing, failure targets, VPC) need: remove them, so that a mistake cannot use them.",
                    path + ".Policies");
        }

        /** What Lambda itself does with a function's role: poll its sources, write its logs and traces, deliver failures. */
        private Set<String> lambdaActions(FunctionConfig config) {
            Set<String> uses = new java.util.HashSet<>(List.of("logs:CreateLogGroup", "logs:CreateLogStream",
                    "logs:PutLogEvents"));
            for (EventSourceMapping mapping : function.eventSourceMappings()) {
                switch (mapping.type()) {
                    case "SQS" -> uses.addAll(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:DeleteMessageBatch",
                            "sqs:GetQueueAttributes", "sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch"));
                    case "Kinesis" -> uses.addAll(List.of("kinesis:GetRecords", "kinesis:GetShardIterator",
                            "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:ListShards",
                            "kinesis:ListStreams", "kinesis:SubscribeToShard"));
                    case "DynamoDB" -> uses.addAll(List.of("dynamodb:GetRecords", "dynamodb:GetShardIterator",
                            "dynamodb:DescribeStream", "dynamodb:ListStreams"));
                    default -> { }
                }
                mapping.onFailureDestination().ifPresent(arn -> uses.addAll(deliveryActions(arn)));
            }
            if (config.tracing() == TracingMode.ACTIVE) {
                uses.addAll(List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"));
            }
            config.deadLetter().targetArn().ifPresent(arn -> uses.addAll(deliveryActions(arn)));
            config.asyncInvoke().onFailureDestination().ifPresent(arn -> uses.addAll(deliveryActions(arn)));
            config.asyncInvoke().onSuccessDestination().ifPresent(arn -> uses.addAll(deliveryActions(arn)));
            if (resource.properties().containsKey("VpcConfig")) {
                uses.addAll(List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface",
                        "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"));
            }
            if (resource.properties().containsKey("KmsKeyArn")) {
                uses.add("kms:Decrypt");
            }
            return uses;
        }

        private static List<String> deliveryActions(String arn) {
            String service = arn.split(":").length > 2 ? arn.split(":")[2] : "";
            return switch (service) {
                case "sqs" -> List.of("sqs:SendMessage");
                case "sns" -> List.of("sns:Publish");
                case "lambda" -> List.of("lambda:InvokeFunction");
                case "events" -> List.of("events:PutEvents");
                case "s3" -> List.of("s3:PutObject", "s3:ListBucket");
                default -> List.of();
            };
        }

        private void rule(String check, Severity severity, boolean passed, String message, String where) {
            results.add(new CheckResult(id, check, CheckResult.Kind.RULE, passed ? Outcome.PASSED : Outcome.FAILED, severity,
                    passed ? "" : message, passed ? List.of() : List.of(where)));
        }
    }
}
