package dev.lambdaharness.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Compares a payload with what aws-lambda-java-serialization writes after reading it into its
 * class. The normalisations below are the only differences that do not count, each one a
 * behaviour of the serialiser seen on the built-in fixtures; {@code docs/events.md} lists the same.
 *
 * <ol>
 *   <li>A null is the same as an absent field: the serialiser writes no nulls (APIGatewayProxyRequestEvent
 *       identity fields), and a null read into a primitive comes back as its default, false or 0
 *       (CognitoUserPoolDefineAuthChallengeEvent {@code response.issueTokens}).</li>
 *   <li>Numbers are compared by value: a {@code java.util.Date} comes back as fractional epoch
 *       seconds in scientific notation (DynamoDB {@code ApproximateCreationDateTime} 1715678497
 *       as 1.715678497E9).</li>
 *   <li>A number and a string holding it are equal: numbers read into {@code Map<String,String>}
 *       come back as strings (Firehose {@code kinesisRecordMetadata}), and numeric strings read
 *       into a {@code long} come back as numbers (Amazon MQ {@code expiration}).</li>
 *   <li>Integer epoch milliseconds equal the fractional epoch seconds of the same instant: an
 *       {@code Instant} is written in seconds (APIGatewayV2CustomAuthorizerEvent {@code timeEpoch}).</li>
 *   <li>ISO-8601 timestamps are compared as instants: Joda times come back with milliseconds and
 *       {@code Z} (ScheduledEvent {@code time} 2024-05-14T09:21:37Z as 2024-05-14T09:21:37.000Z,
 *       CodeCommit {@code eventTime} +0000 as Z).</li>
 *   <li>An array of byte values equals the base64 string of those bytes: {@code byte[]} is written
 *       as base64 (Kafka record {@code headers}).</li>
 *   <li>A field the serialiser adds is allowed when it holds a default (false, 0, empty string,
 *       array or object), as primitives and the S3 serialiser's absent {@code versionId},
 *       {@code size} and {@code eTag} do, or when it is S3's {@code urlDecodedKey} and holds the
 *       decoded {@code key} beside it.</li>
 * </ol>
 *
 * <p>Every other difference loses the original leaf: a leaf (a value, or an empty array or object)
 * is lost when its value does not come back at its pointer, absent or rewritten.
 */
final class RoundTripComparison {

    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]XX");

    /** What the round trip did: each lost leaf with how, and each unexplained added field with its value. */
    record Result(Map<String, String> lost, Map<String, String> added) {
    }

    private final Map<String, String> lost = new TreeMap<>();
    private final Map<String, String> added = new TreeMap<>();

    private RoundTripComparison() {
    }

    static Result compare(JsonNode original, JsonNode roundTrip) {
        RoundTripComparison comparison = new RoundTripComparison();
        comparison.walk(original, roundTrip, "");
        return new Result(comparison.lost, comparison.added);
    }

    private void walk(JsonNode original, JsonNode back, String pointer) {
        if (original.isNull() && (back == null || back.isNull() || (back.isBoolean() && !back.booleanValue())
                || (back.isNumber() && number(back).signum() == 0))) {
            return;
        }
        if (back == null || back.isNull()) {
            loseAll(original, pointer, "absent");
            return;
        }
        if (original.isObject() && back.isObject() && original.size() > 0) {
            original.fieldNames().forEachRemaining(name -> walk(original.get(name), back.get(name), pointer + "/" + escape(name)));
            back.fieldNames().forEachRemaining(name -> {
                if (!original.has(name) && !isDefault(back.get(name)) && !isDecodedKey(name, back)) {
                    added.put(pointer + "/" + escape(name), back.get(name).toString());
                }
            });
        } else if (original.isArray() && back.isArray() && original.size() > 0) {
            for (int i = 0; i < original.size(); i++) {
                walk(original.get(i), back.get(i), pointer + "/" + i);
            }
            for (int i = original.size(); i < back.size(); i++) {
                added.put(pointer + "/" + i, back.get(i).toString());
            }
        } else if (!sameValue(original, back)) {
            loseAll(original, pointer, "rewritten as " + abbreviated(back));
        }
    }

    private void loseAll(JsonNode original, String pointer, String how) {
        if (original.isNull()) {
            return;
        }
        if (original.isContainerNode() && original.size() > 0) {
            if (original.isObject()) {
                original.fieldNames().forEachRemaining(name -> loseAll(original.get(name), pointer + "/" + escape(name), how));
            } else {
                for (int i = 0; i < original.size(); i++) {
                    loseAll(original.get(i), pointer + "/" + i, how);
                }
            }
            return;
        }
        lost.put(pointer, how);
    }

    private static boolean sameValue(JsonNode original, JsonNode back) {
        if (original.equals(back)) {
            return true;
        }
        BigDecimal a = number(original);
        BigDecimal b = number(back);
        if (a != null && b != null) {
            return a.compareTo(b) == 0 || (original.isIntegralNumber() && !back.isIntegralNumber()
                    && a.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0 && a.movePointLeft(3).compareTo(b) == 0);
        }
        if (original.isTextual() && back.isTextual()) {
            Instant x = instant(original.asText());
            return x != null && x.equals(instant(back.asText()));
        }
        if (original.isArray() && back.isTextual()) {
            return bytesOf(original).map(bytes -> Base64.getEncoder().encodeToString(bytes).equals(back.asText())).orElse(false);
        }
        return false;
    }

    private static boolean isDefault(JsonNode node) {
        return node.isNull() || (node.isBoolean() && !node.booleanValue()) || (node.isNumber() && number(node).signum() == 0)
                || (node.isTextual() && node.asText().isEmpty()) || (node.isContainerNode() && node.isEmpty());
    }

    private static boolean isDecodedKey(String name, JsonNode object) {
        return name.equals("urlDecodedKey") && object.path("key").isTextual()
                && URLDecoder.decode(object.get("key").asText(), StandardCharsets.UTF_8).equals(object.get(name).asText());
    }

    private static BigDecimal number(JsonNode node) {
        try {
            if (node.isNumber()) {
                return node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : new BigDecimal(node.asText());
            }
            if (node.isTextual() && !node.asText().isBlank()) {
                return new BigDecimal(node.asText());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text, COMPACT_OFFSET).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static Optional<byte[]> bytesOf(JsonNode array) {
        byte[] bytes = new byte[array.size()];
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.canConvertToInt() || !element.isIntegralNumber() || element.intValue() < -128 || element.intValue() > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) element.intValue();
        }
        return Optional.of(bytes);
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** @return the concrete pointers a binding path names, {@code *} expanded over the tree's arrays */
    static List<String> expand(JsonNode tree, String path) {
        List<String> pointers = new ArrayList<>();
        expand(tree, "", path.substring(1).split("/", -1), 0, pointers);
        return pointers;
    }

    private static void expand(JsonNode tree, String prefix, String[] segments, int depth, List<String> pointers) {
        if (depth == segments.length) {
            pointers.add(prefix);
            return;
        }
        JsonNode here = tree.at(JsonPointer.compile(prefix));
        if (segments[depth].equals("*") && here.isArray()) {
            for (int i = 0; i < here.size(); i++) {
                expand(tree, prefix + "/" + i, segments, depth + 1, pointers);
            }
        } else {
            expand(tree, prefix + "/" + segments[depth], segments, depth + 1, pointers);
        }
    }
}
