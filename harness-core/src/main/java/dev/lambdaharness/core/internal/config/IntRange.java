package dev.lambdaharness.core.internal.config;

import dev.lambdaharness.core.InvalidConfigurationException;

/**
 * A whole-number setting and the range Lambda accepts for it, refusing a value outside with
 * Lambda's own validation message.
 *
 * <pre>{@code
 * new IntRange("memorySize", 128, 10240, "MB").check(64);
 * // memorySize 64 is out of range: Lambda accepts 128 to 10240 MB (ValidationException: ...)
 * }</pre>
 *
 * @param setting the setting's name as Lambda's API spells it
 * @param min the smallest accepted value
 * @param max the largest accepted value
 * @param unit what the value counts, for the message
 */
public record IntRange(String setting, int min, int max, String unit) {

    /**
     * Refuses a value outside the range.
     *
     * @throws InvalidConfigurationException naming the setting, the value, the range and Lambda's message
     */
    public void check(int value) {
        if (value < min || value > max) {
            String constraint = value < min
                    ? "Member must have value greater than or equal to " + min
                    : "Member must have value less than or equal to " + max;
            throw new InvalidConfigurationException(setting, Integer.toString(value), "ValidationException",
                    setting + " " + value + " is out of range: Lambda accepts " + min + " to " + max + " " + unit
                            + " (ValidationException: 1 validation error detected: Value '" + value + "' at '"
                            + setting + "' failed to satisfy constraint: " + constraint + "). Set " + setting
                            + " between " + min + " and " + max + ".");
        }
    }
}
