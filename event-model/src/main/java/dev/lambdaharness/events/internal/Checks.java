package dev.lambdaharness.events.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks whose messages name the setting, the value and the fix. */
public final class Checks {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern PARTITION = Pattern.compile("aws(-[a-z]+)*");

    private Checks() {
    }

    /** @return {@code region}, checked to look like {@code eu-west-1} */
    public static String region(String region) {
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region " + quoted(region)
                    + " is not an AWS region name. Pass one such as \"us-east-1\" or \"eu-west-1\".");
        }
        return region;
    }

    /** @return {@code account}, checked to be twelve digits */
    public static String account(String account) {
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("account " + quoted(account)
                    + " is not an AWS account id. Pass twelve digits, such as \"123456789012\".");
        }
        return account;
    }

    /** @return {@code partition}, checked to look like {@code aws-cn} */
    public static String partition(String partition) {
        if (partition == null || !PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("partition " + quoted(partition)
                    + " is not an AWS partition. Pass \"aws\", \"aws-cn\" or \"aws-us-gov\".");
        }
        return partition;
    }

    /** @return {@code value}, checked to be neither null nor blank */
    public static String text(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(setting + " is " + quoted(value) + ". Pass a non-blank value.");
        }
        return value;
    }

    /**
     * @param what what the value must be, such as {@code "an API Gateway API id"}
     * @param fix what to pass instead, such as {@code "lower-case letters and digits"}
     * @return {@code value}, checked to match {@code pattern} in full
     */
    public static String matching(String setting, String value, Pattern pattern, String what, String fix) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(setting + " " + quoted(value) + " is not " + what + ". Pass " + fix + ".");
        }
        return value;
    }

    /** @return {@code value}, checked not to be null */
    public static <T> T present(String setting, T value) {
        return Objects.requireNonNull(value, () -> setting + " is null. Pass a value.");
    }

    /** @return {@code count}, checked to be positive */
    public static int count(String setting, int count) {
        if (count < 1) {
            throw new IllegalArgumentException(setting + " is " + count + ". Pass 1 or more.");
        }
        return count;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
