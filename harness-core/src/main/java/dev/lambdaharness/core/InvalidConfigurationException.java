package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;

/**
 * A function setting that Lambda would refuse, or that Lambda Harness cannot emulate. The message
 * names the setting, the value, what is allowed and the error code Lambda's API answers with.
 *
 * <pre>{@code
 * try {
 *     FunctionConfig.builder("com.example.Handler").memorySize(64).build();
 * } catch (InvalidConfigurationException e) {
 *     e.setting();          // "memorySize"
 *     e.lambdaErrorCode();  // "ValidationException"
 * }
 * }</pre>
 */
public final class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;
    private final String lambdaErrorCode;

    /**
     * Creates the exception.
     *
     * @param setting the setting's name as Lambda's API spells it, for example {@code memorySize}
     * @param value the refused value as text
     * @param lambdaErrorCode the error code Lambda's API returns, or {@code null} when the refusal is ours
     * @param message the whole message, naming the fix
     */
    public InvalidConfigurationException(String setting, String value, String lambdaErrorCode, String message) {
        super(message);
        this.setting = setting;
        this.value = value;
        this.lambdaErrorCode = lambdaErrorCode;
    }

    /** The setting's name as Lambda's API spells it, for example {@code memorySize}. */
    public String setting() {
        return setting;
    }

    /** The refused value as text. */
    public String value() {
        return value;
    }

    /**
     * The error code Lambda's API answers with for this value ({@code ValidationException},
     * {@code InvalidParameterValueException}), or {@code null} when the refusal is Lambda Harness's
     * own: a value Lambda would accept but Lambda Harness cannot emulate, or a Java {@code null}.
     */
    public String lambdaErrorCode() {
        return lambdaErrorCode;
    }

    static InvalidConfigurationException notOneOf(String setting, String value, String allowed) {
        return FunctionLimits.notOneOf(setting, value, allowed);
    }
}
