package dev.lambdaharness.events.builders;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.serialization.TypedPayloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads a payload into an aws-lambda-java-events class as the Lambda Java runtime does
 * ({@link EventPayload#as(Class)}), writes the object back as the runtime would write it, and
 * lists the payload's leaves that did not come back: the fields the class lost.
 */
final class TypedRoundTrip {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TypedRoundTrip() {
    }

    /** @return the paths, like {@code $.Records[0].body}, of non-null leaves the typed object lost */
    static <T> List<String> lostLeaves(EventPayload payload, Class<T> type) {
        T typed = payload.as(type);
        List<String> lost = new ArrayList<>();
        compare("$", tree(payload.asBytes()), tree(TypedPayloads.write(typed)), lost);
        return lost;
    }

    static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String path, JsonNode original, JsonNode back, List<String> lost) {
        if (original.isNull() || original.isContainerNode() && original.isEmpty()) {
            return;
        }
        if (back == null || back.isNull()) {
            lost.add(path);
            return;
        }
        if (original.isObject()) {
            for (Map.Entry<String, JsonNode> field : original.properties()) {
                compare(path + "." + field.getKey(), field.getValue(), back.get(field.getKey()), lost);
            }
        } else if (original.isArray() && back.isTextual()) {
            if (!sameBytes(original, back.asText())) {
                lost.add(path);
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                compare(path + "[" + i + "]", original.get(i), back.get(i), lost);
            }
        } else if (!sameValue(original, back)) {
            lost.add(path + " (" + original + " came back as " + back + ")");
        }
    }

    /** Serialisers write {@code byte[]} back as base64, where Kafka sent an array of signed bytes. */
    private static boolean sameBytes(JsonNode numbers, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != numbers.size()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != numbers.get(i).asInt()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(JsonNode original, JsonNode back) {
        if (original.asText().equals(back.asText())) {
            return true;
        }
        if (original.isNumber() || back.isNumber()) {
            try {
                return new BigDecimal(original.asText()).compareTo(new BigDecimal(back.asText())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        Instant originalTime = instant(original.asText());
        return originalTime != null && originalTime.equals(instant(back.asText()));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
