package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;

/**
 * The time limits an environment enforces: Lambda's (the function timeout and the 10 s INIT limit)
 * multiplied by the runtime's timeout scale. Only enforcement stretches; what the platform reports
 * (error messages, timed-out durations, INIT_REPORT) keeps Lambda's own limits.
 *
 * @param scale the factor, 1 for Lambda's limits as they are
 */
public record TimeLimits(double scale) {

    /** Lambda's limits, unscaled. */
    public static final TimeLimits LAMBDA = new TimeLimits(1.0);

    /** Lambda's limit on the INIT phase of an on-demand environment. */
    public static final long INIT_LIMIT_MS = 10_000;

    /** The INIT limit to enforce. */
    public long initLimitMs() {
        return scaled(INIT_LIMIT_MS);
    }

    /** Lambda's shortest limit on the INIT of an environment of provisioned concurrency: 130 s, or the timeout when longer. */
    public static final long PROVISIONED_INIT_MINIMUM_MS = 130_000;

    /** The INIT limit of an environment initialised ahead for provisioned concurrency: the longer of 130 s and the timeout. */
    public long provisionedInitLimitMs(FunctionConfig config) {
        return scaled(Math.max(PROVISIONED_INIT_MINIMUM_MS, config.timeout().toMillis()));
    }

    /** The function timeout to enforce, in milliseconds. */
    public long timeoutMs(FunctionConfig config) {
        return scaled(config.timeout().toMillis());
    }

    /** Whether these limits differ from Lambda's. */
    public boolean stretched() {
        return scale != 1.0;
    }

    private long scaled(long millis) {
        return (long) Math.ceil(millis * scale);
    }
}
