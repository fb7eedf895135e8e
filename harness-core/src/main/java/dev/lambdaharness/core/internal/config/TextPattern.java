package dev.lambdaharness.core.internal.config;

import dev.lambdaharness.core.InvalidConfigurationException;
import java.util.regex.Pattern;

/**
 * A text setting and the pattern Lambda's API validates it with.
 *
 * <pre>{@code
 * new TextPattern("accountId", Pattern.compile("\\d{12}"), "a 12-digit account id").check("123");
 * // accountId '123' is not valid: Lambda accepts a 12-digit account id (ValidationException). ...
 * }</pre>
 *
 * @param setting the setting's name as Lambda's API spells it
 * @param pattern what Lambda accepts
 * @param allowed the same in words, for the message
 */
public record TextPattern(String setting, Pattern pattern, String allowed) {

    /**
     * Refuses a value the pattern does not match; {@code null}, an unset value, passes.
     *
     * @throws InvalidConfigurationException naming the setting, the value and what Lambda accepts
     */
    public void check(String value) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidConfigurationException(setting, value, "ValidationException",
                    setting + " '" + value + "' is not valid: Lambda accepts " + allowed
                            + " (ValidationException). Change " + setting + ".");
        }
    }
}
