package dev.lambdaharness.events.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The time formats event sources write, each named after who writes it. */
public final class Timestamps {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter API_GATEWAY =
            DateTimeFormatter.ofPattern("dd/MMM/uuuu:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STREAM_LABEL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** @return ISO-8601 with milliseconds, as S3 {@code eventTime} and SNS {@code Timestamp} */
    public static String isoMillis(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** @return ISO-8601 to the second, as EventBridge {@code time} */
    public static String isoSeconds(Instant instant) {
        return ISO_SECONDS.format(instant);
    }

    /** @return the access-log form API Gateway writes, {@code 01/May/2024:12:00:00 +0000} */
    public static String apiGateway(Instant instant) {
        return API_GATEWAY.format(instant);
    }

    /** @return the DynamoDB stream label form, local time without a zone */
    public static String streamLabel(Instant instant) {
        return STREAM_LABEL.format(instant);
    }

    /** @return epoch seconds with millisecond fraction, as Kinesis {@code approximateArrivalTimestamp} */
    public static BigDecimal epochSecondsWithMillis(Instant instant) {
        BigDecimal seconds = BigDecimal.valueOf(instant.truncatedTo(ChronoUnit.MILLIS).toEpochMilli(), 3);
        BigDecimal stripped = seconds.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
