package dev.lambdaharness.core;

import java.util.Objects;

/**
 * An Application Load Balancer whose listener forwards every request to a target group holding one
 * of a runtime's functions ({@link LambdaRuntime#alb(AlbConfig)}), with or without the target
 * group's multi-value headers ({@code lambda.multi_value_headers.enabled}).
 *
 * <pre>{@code
 * URI alb = runtime.alb(AlbConfig.builder(orders).targetGroup("orders-tg").multiValueHeaders(true).build());
 * }</pre>
 */
public final class AlbConfig {

    private final LambdaFunction function;
    private final String targetGroup;
    private final boolean multiValueHeaders;

    private AlbConfig(Builder builder) {
        this.function = builder.function;
        this.targetGroup = builder.targetGroup;
        this.multiValueHeaders = builder.multiValueHeaders;
    }

    /** A load balancer in front of this function, target group {@code my-target-group}, single-value headers. */
    public static Builder builder(LambdaFunction function) {
        return new Builder(Objects.requireNonNull(function, "function"));
    }

    /** The function every request reaches. */
    public LambdaFunction function() {
        return function;
    }

    /** The target group's name, in the event's {@code requestContext.elb.targetGroupArn}. */
    public String targetGroup() {
        return targetGroup;
    }

    /** Whether the target group sends and reads multi-value headers and query parameters. */
    public boolean multiValueHeaders() {
        return multiValueHeaders;
    }

    /**
     * Builds an {@link AlbConfig}.
     *
     * <pre>{@code
     * AlbConfig alb = AlbConfig.builder(function).multiValueHeaders(true).build();
     * }</pre>
     */
    public static final class Builder {

        private final LambdaFunction function;
        private String targetGroup = "my-target-group";
        private boolean multiValueHeaders;

        private Builder(LambdaFunction function) {
            this.function = function;
        }

        /** The target group's name: 1 to 32 letters, digits and hyphens. */
        public Builder targetGroup(String name) {
            if (name == null || !name.matches("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?")) {
                throw new IllegalArgumentException("Target group \"" + name + "\" is no target group name. Give 1 to 32"
                        + " letters, digits and hyphens, not starting or ending with a hyphen.");
            }
            this.targetGroup = name;
            return this;
        }

        /** Whether the target group has multi-value headers enabled (off by default, as on AWS). */
        public Builder multiValueHeaders(boolean enabled) {
            this.multiValueHeaders = enabled;
            return this;
        }

        /** The load balancer. */
        public AlbConfig build() {
            return new AlbConfig(this);
        }
    }
}
