package dev.lambdaharness.core.template;

import java.util.Map;

/**
 * One resource of a template as written (SAM's {@code Globals} merged into its functions),
 * intrinsics unresolved in their long form ({@code {"Ref": "Queue"}}, {@code {"Fn::GetAtt": [...]}}):
 * for checks that read what a template says rather than what it deploys, such as the template
 * rules of the conformance suite.
 *
 * <pre>{@code
 * template.resources().stream().filter(r -> r.type().equals("AWS::SQS::Queue"))
 *         .map(r -> r.properties().getOrDefault("VisibilityTimeout", 30));
 * }</pre>
 *
 * @param logicalId the resource's logical id
 * @param type its {@code Type}
 * @param properties its {@code Properties}, empty when it has none
 */
public record TemplateResource(String logicalId, String type, Map<String, Object> properties) {
}
