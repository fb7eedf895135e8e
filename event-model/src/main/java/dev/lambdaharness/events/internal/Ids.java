package dev.lambdaharness.events.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Identifiers in the shapes AWS services use, drawn from a seeded generator so that the same
 * builder settings give the same payload on every run and every JVM.
 */
public final class Ids {

    private static final String DIGITS = "0123456789";
    private static final String LOWER_HEX = "0123456789abcdef";
    private static final String UPPER_HEX = "0123456789ABCDEF";
    private static final String UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SplittableRandom random;

    private Ids(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param parts what the ids should depend on (the event kind, the clock's instant, the
     *     user's content); their string forms must not vary between JVM runs
     * @return a generator seeded from {@code parts}
     */
    public static Ids seededBy(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return new Ids(ByteBuffer.wrap(sha.digest()).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** @return a random (version 4) UUID, as SQS, SNS, EventBridge and Lambda write them */
    public String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** @return {@code length} lower-case hexadecimal digits */
    public String hex(int length) {
        return draw(LOWER_HEX, length);
    }

    /** @return {@code length} upper-case hexadecimal digits */
    public String upperHex(int length) {
        return draw(UPPER_HEX, length);
    }

    /** @return {@code length} upper-case letters and digits */
    public String upperAlphanumeric(int length) {
        return draw(UPPER_ALNUM, length);
    }

    /** @return {@code length} lower-case letters and digits */
    public String lowerAlphanumeric(int length) {
        return draw(LOWER_ALNUM, length);
    }

    /** @return {@code length} letters of either case and digits */
    public String alphanumeric(int length) {
        return draw(ALNUM, length);
    }

    /** @return a number of exactly {@code length} decimal digits */
    public BigInteger digits(int length) {
        return new BigInteger(String.valueOf((char) ('1' + random.nextInt(9))) + draw(DIGITS, length - 1));
    }

    /** @return {@code bytes} random bytes, base64-encoded */
    public String base64(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** @return a number in {@code [origin, bound)} */
    public int between(int origin, int bound) {
        return random.nextInt(origin, bound);
    }

    private String draw(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
