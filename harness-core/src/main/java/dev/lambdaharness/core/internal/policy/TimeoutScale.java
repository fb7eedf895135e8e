package dev.lambdaharness.core.internal.policy;

import dev.lambdaharness.core.InvalidConfigurationException;

/**
 * The rule for a timeout scale: a finite factor of at least 1, since it only ever stretches
 * Lambda's limits. Every way of setting the scale checks it here.
 *
 * <pre>{@code
 * double factor = TimeoutScale.check(2.5);
 * }</pre>
 */
public final class TimeoutScale {

    private TimeoutScale() {
    }

    /** Whether the factor is a scale: finite and at least 1. */
    public static boolean valid(double factor) {
        return factor >= 1.0 && !Double.isInfinite(factor);
    }

    /**
     * The factor, checked.
     *
     * @throws InvalidConfigurationException when the factor is below 1, infinite or not a number
     */
    public static double check(double factor) {
        if (!valid(factor)) {
            throw new InvalidConfigurationException("timeoutScale", Double.toString(factor), null,
                    "timeoutScale " + factor + " is not valid: the scale stretches Lambda's time limits for"
                            + " slow machines, so it is a finite factor of at least 1 (1 keeps Lambda's limits)."
                            + " Use, for example, 2 on a CI runner that is twice as slow.");
        }
        return factor;
    }
}
