package dev.lambdaharness.core.template;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.internal.template.TemplateStack;
import java.util.List;
import java.util.Optional;

/**
 * One function of a {@link Template}: its configuration, read when the function is looked up, its
 * code where the template says it is, and what the template says invokes it (event source
 * mappings, HTTP routes, asynchronous sources, a URL, versions and aliases), read when asked for.
 *
 * <pre>{@code
 * TemplateFunction orders = Template.read(Path.of("template.yaml")).function("OrdersFunction");
 * try (LambdaRuntime runtime = LambdaRuntime.create()) {
 *     LambdaFunction function = runtime.function(orders.config(), orders.code());
 * }
 * orders.eventSourceMappings(); // [EventSourceMapping[id=OrdersQueue, type=SQS, ...]]
 * }</pre>
 */
public final class TemplateFunction {

    private final TemplateStack stack;
    private final String logicalId;
    private final FunctionConfig config;

    TemplateFunction(TemplateStack stack, String logicalId, FunctionConfig config) {
        this.stack = stack;
        this.logicalId = logicalId;
        this.config = config;
    }

    /** The function's logical id in the template. */
    public String logicalId() {
        return logicalId;
    }

    /**
     * The function's configuration: handler, runtime, memory, timeout, environment, ephemeral
     * storage, architecture, name, reserved and provisioned concurrency, SnapStart, tracing,
     * logging, dead-letter target and asynchronous invocation settings, as the template sets them.
     */
    public FunctionConfig config() {
        return config;
    }

    /**
     * The function's code where the template says it is ({@code CodeUri} or a CDK asset, relative to
     * the template's folder), with the layers the template declares.
     *
     * @throws InvalidTemplateException when the code or a layer is in AWS only (an S3 location, a
     *     layer ARN), or the path does not exist; the message says what to give instead
     */
    public FunctionCode code() {
        return stack.code(logicalId);
    }

    /** The function's event source mappings: SAM's polled events and the mapping resources naming it. */
    public List<EventSourceMapping> eventSourceMappings() {
        return stack.eventSourceMappings(logicalId);
    }

    /** The API Gateway routes of its SAM {@code Api} and {@code HttpApi} events. */
    public List<HttpRoute> httpRoutes() {
        return stack.httpRoutes(logicalId);
    }

    /** The services that invoke it asynchronously: its other SAM events ({@code Schedule}, {@code S3}, {@code SNS}, …). */
    public List<AsyncEventSource> asyncEventSources() {
        return stack.asyncEventSources(logicalId);
    }

    /** Its function URL, when it has one. */
    public Optional<FunctionUrl> url() {
        return stack.url(logicalId);
    }

    /** Its aliases: SAM's {@code AutoPublishAlias} and the alias resources naming it. */
    public List<FunctionAlias> aliases() {
        return stack.aliases(logicalId);
    }

    /** Its published versions: SAM's {@code AutoPublishAlias} and the version resources naming it. */
    public List<FunctionVersion> versions() {
        return stack.versions(logicalId);
    }

    @Override
    public String toString() {
        return "TemplateFunction[" + logicalId + " of " + stack.source() + "]";
    }
}
