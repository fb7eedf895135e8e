package dev.lambdaharness.core.internal.esm;

import dev.lambdaharness.core.InvalidConfigurationException;
import java.util.regex.Pattern;

/**
 * SQS's limits on a queue's attributes and messages, refused with SQS's own error codes.
 *
 * <pre>{@code
 * SqsLimits.VISIBILITY_TIMEOUT.check(50000); // InvalidAttributeValue
 * }</pre>
 */
public final class SqsLimits {

    /** The largest message SQS accepts, body and attributes together: 256 KiB. */
    public static final int MAX_MESSAGE_BYTES = 262_144;
    /** How long a FIFO queue remembers a deduplication id. */
    public static final long DEDUPLICATION_INTERVAL_MILLIS = 5 * 60 * 1000L;

    /** {@code VisibilityTimeout}, 0 to 12 hours. */
    public static final Range VISIBILITY_TIMEOUT = new Range("VisibilityTimeout", 0, 43_200, "seconds");
    /** {@code DelaySeconds}, 0 to 15 minutes, for a queue and for a message. */
    public static final Range DELAY = new Range("DelaySeconds", 0, 900, "seconds");
    /** A redrive policy's {@code maxReceiveCount}. */
    public static final Range MAX_RECEIVE_COUNT = new Range("maxReceiveCount", 1, 1000, "receives");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private SqsLimits() {
    }

    /**
     * An integer attribute and its range, refused with {@code InvalidAttributeValue}.
     *
     * @param attribute the attribute as SQS spells it
     * @param min the smallest value
     * @param max the largest value
     * @param unit what it counts
     */
    public record Range(String attribute, int min, int max, String unit) {
        /** Refuses a value outside the range. */
        public void check(int value) {
            if (value < min || value > max) {
                throw invalidAttribute(attribute, Integer.toString(value), attribute + " " + value + " is out of range:"
                        + " SQS accepts " + min + " to " + max + " " + unit + " (InvalidAttributeValue: Invalid value for"
                        + " the parameter " + attribute + "). Set it between " + min + " and " + max + ".");
            }
        }
    }

    /** Refuses a queue name SQS would refuse. */
    public static void queueName(String name) {
        if (name == null) {
            throw new InvalidConfigurationException("QueueName", "null", "InvalidParameterValue", "A queue needs a name: give one, for example \"orders\".");
        }
        String base = name.endsWith(".fifo") ? name.substring(0, name.length() - ".fifo".length()) : name;
        if (!NAME.matcher(base).matches() || name.length() > 80) {
            throw new InvalidConfigurationException("QueueName", name, "InvalidParameterValue", "Queue name '" + name + "' is not one SQS accepts: up to 80"
                    + " letters, digits, hyphens and underscores, a FIFO queue's ending in .fifo (InvalidParameterValue:"
                    + " Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length). Rename it.");
        }
    }

    /** SQS's refusal of an attribute or parameter value. */
    public static InvalidConfigurationException invalidAttribute(String attribute, String value, String message) {
        return new InvalidConfigurationException(attribute, value, "InvalidAttributeValue", message);
    }
}
