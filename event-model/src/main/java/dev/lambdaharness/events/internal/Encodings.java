package dev.lambdaharness.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** The encodings event sources apply to what they carry. */
public final class Encodings {

    private Encodings() {
    }

    /** @return standard base64 with padding, as Kinesis, Kafka and HTTP sources send binary data */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** @return the base64 of {@code text}'s UTF-8 bytes */
    public static String base64(String text) {
        return base64(utf8(text));
    }

    /** @return lower-case hexadecimal MD5, as SQS's {@code md5OfBody} and S3's {@code eTag} */
    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("MD5", bytes));
    }

    /** @return lower-case hexadecimal SHA-256, as SQS content-based deduplication ids */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    /** @return {@code bytes} gzip-compressed, as CloudWatch Logs compresses subscription data */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * S3 notifications carry object keys form-encoded ({@code red flower.jpg} becomes
     * {@code red+flower.jpg}) with the path separator left as it is.
     *
     * @return {@code key} as an S3 notification carries it
     */
    public static String s3Key(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    /** @return the UTF-8 bytes of {@code text} */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every JVM", e);
        }
    }
}
