package dev.lambdaharness.core.internal.fronts;

import java.security.SecureRandom;

/**
 * The ids a front keeps for its lifetime, as the service keeps an API's id, a Function URL's id or a
 * target group's ARN: drawn once when the front starts, so every request to it carries the same.
 *
 * <pre>{@code
 * String apiId = FrontIds.lowerAlphanumeric(10);   // "k3v9zqe2b7"
 * }</pre>
 */
final class FrontIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String LOWER_HEX = "0123456789abcdef";

    private FrontIds() {
    }

    /** {@code length} lower-case letters and digits, as API and Function URL ids are. */
    static String lowerAlphanumeric(int length) {
        return draw(LOWER_ALNUM, length);
    }

    /** {@code length} lower-case hexadecimal digits, as a target group's ARN ends. */
    static String hex(int length) {
        return draw(LOWER_HEX, length);
    }

    private static String draw(String alphabet, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
