package dev.lambdaharness.core.internal;

/**
 * How an environment was initialised, as {@code AWS_LAMBDA_INITIALIZATION_TYPE} tells the function:
 * on demand, by the invocation that needed it, or ahead, for provisioned concurrency.
 *
 * <pre>{@code
 * Sandbox environment = factory.create(id, config, code, clock, InitializationType.PROVISIONED_CONCURRENCY);
 * environment.initialiseAhead();
 * }</pre>
 */
public enum InitializationType {
    /** INIT runs in the first invocation. */
    ON_DEMAND("on-demand"),
    /** INIT runs when the environment is allocated, before any invocation. */
    PROVISIONED_CONCURRENCY("provisioned-concurrency");

    private final String wireName;

    InitializationType(String wireName) {
        this.wireName = wireName;
    }

    /** The value of {@code AWS_LAMBDA_INITIALIZATION_TYPE}. */
    public String wireName() {
        return wireName;
    }
}
