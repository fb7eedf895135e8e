/**
 * SAM and CloudFormation templates as the configuration of their functions: {@link
 * dev.lambdaharness.core.template.Template} reads one, {@link dev.lambdaharness.core.template.TemplateFunction}
 * is one of its functions with its configuration, code and what invokes it.
 *
 * <pre>{@code
 * Template template = Template.read(Path.of("template.yaml"));
 * FunctionConfig orders = template.function("OrdersFunction").config();
 * }</pre>
 */
package dev.lambdaharness.core.template;
