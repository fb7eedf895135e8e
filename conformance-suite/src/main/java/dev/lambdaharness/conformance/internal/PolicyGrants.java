package dev.lambdaharness.conformance.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a function's execution role allows, as its template writes it: SAM's {@code Policies}
 * (inline statements, and the policy templates whose actions are known here) and the inline
 * policies of the role its {@code Role} names. Managed policies and the other policy templates are
 * grants whose actions are not known here: a call they might allow is not judged. Actions only:
 * resources and conditions are not compared.
 *
 * <pre>{@code
 * PolicyGrants grants = PolicyGrants.of(functionProperties, roleProperties);
 * grants.allows("dynamodb:PutItem");
 * }</pre>
 */
public final class PolicyGrants {

    /** The actions of SAM's policy templates, as serverless-application-model's policy_templates.json lists them. */
    private static final Map<String, List<String>> TEMPLATES = Map.ofEntries(
            Map.entry("SQSPollerPolicy", List.of("sqs:ChangeMessageVisibility", "sqs:ChangeMessageVisibilityBatch",
                    "sqs:DeleteMessage", "sqs:DeleteMessageBatch", "sqs:GetQueueAttributes", "sqs:ReceiveMessage")),
            Map.entry("SQSSendMessagePolicy", List.of("sqs:SendMessage*")),
            Map.entry("LambdaInvokePolicy", List.of("lambda:InvokeFunction")),
            Map.entry("CloudWatchPutMetricPolicy", List.of("cloudwatch:PutMetricData")),
            Map.entry("DynamoDBCrudPolicy", List.of("dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem",
                    "dynamodb:Scan", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem")),
            Map.entry("DynamoDBReadPolicy", List.of("dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query",
                    "dynamodb:BatchGetItem", "dynamodb:DescribeTable")),
            Map.entry("DynamoDBStreamReadPolicy", List.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator", "dynamodb:ListStreams")),
            Map.entry("S3ReadPolicy", List.of("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion",
                    "s3:GetLifecycleConfiguration")),
            Map.entry("S3CrudPolicy", List.of("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion",
                    "s3:PutObject", "s3:PutObjectAcl", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration",
                    "s3:DeleteObject")),
            Map.entry("SNSPublishMessagePolicy", List.of("sns:Publish")),
            Map.entry("SNSCrudPolicy", List.of("sns:ListSubscriptionsByTopic", "sns:CreateTopic", "sns:SetTopicAttributes",
                    "sns:Subscribe", "sns:Publish")),
            Map.entry("KinesisStreamReadPolicy", List.of("kinesis:ListStreams", "kinesis:DescribeLimits",
                    "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator")),
            Map.entry("KMSDecryptPolicy", List.of("kms:Decrypt")),
            Map.entry("KMSEncryptPolicy", List.of("kms:Encrypt")),
            Map.entry("VPCAccessPolicy", List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                    "ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface")));

    private final List<String> patterns = new ArrayList<>();
    private final Set<String> stated = new LinkedHashSet<>();
    private final List<String> unknown = new ArrayList<>();

    private PolicyGrants() {
    }

    /**
     * @param function the function resource's properties
     * @param role the properties of the role its {@code Role} names, or an empty map
     */
    public static PolicyGrants of(Map<String, Object> function, Map<String, Object> role) {
        PolicyGrants grants = new PolicyGrants();
        Object policies = function.get("Policies");
        for (Object policy : policies instanceof List<?> list ? list : policies == null ? List.of() : List.of(policies)) {
            if (policy instanceof String name) {
                grants.unknown.add("managed policy " + name);
            } else if (policy instanceof Map<?, ?> map && map.containsKey("Statement")) {
                grants.statements(map.get("Statement"));
            } else if (policy instanceof Map<?, ?> map && map.size() == 1) {
                String name = String.valueOf(map.keySet().iterator().next());
                List<String> actions = TEMPLATES.get(name);
                if (actions == null) {
                    grants.unknown.add("policy template " + name);
                } else {
                    grants.patterns.addAll(actions); // a template is a grant by design: its other actions are not reported unused
                }
            } else {
                grants.unknown.add("policy " + policy);
            }
        }
        if (role.get("Policies") instanceof List<?> inline) {
            for (Object policy : inline) {
                if (policy instanceof Map<?, ?> map && map.get("PolicyDocument") instanceof Map<?, ?> document) {
                    grants.statements(document.get("Statement"));
                }
            }
        }
        if (role.get("ManagedPolicyArns") instanceof List<?> managed) {
            managed.forEach(arn -> grants.unknown.add("managed policy " + arn));
        }
        return grants;
    }

    private void statements(Object statements) {
        for (Object statement : statements instanceof List<?> list ? list : List.of(statements)) {
            if (statement instanceof Map<?, ?> map && "Allow".equals(map.get("Effect"))) {
                Object actions = map.get("Action");
                for (Object action : actions instanceof List<?> list ? list : List.of(String.valueOf(actions))) {
                    add(String.valueOf(action));
                }
            }
        }
    }

    private void add(String action) {
        patterns.add(action);
        if (!action.contains("*") && !action.contains("?")) {
            stated.add(action);
        }
    }

    /** Whether a statement or known template allows the action (IAM's wildcards, case-insensitive). */
    public boolean allows(String action) {
        return patterns.stream().anyMatch(pattern -> glob(pattern).matcher(action).matches());
    }

    /** The actions inline statements name exactly (no wildcard), for the unused ones. */
    public Set<String> stated() {
        return stated;
    }

    /** The grants whose actions are not known here: managed policies, other policy templates. */
    public List<String> unknown() {
        return unknown;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
