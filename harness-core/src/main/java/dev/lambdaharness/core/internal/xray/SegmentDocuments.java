package dev.lambdaharness.core.internal.xray;

import dev.lambdaharness.core.TraceSegment;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads one datagram as the X-Ray daemon receives it: the header line
 * {@code {"format": "json", "version": 1}}, a newline, then one segment document.
 *
 * <pre>{@code
 * Optional<TraceSegment> segment = SegmentDocuments.read(datagramBytes);
 * }</pre>
 */
final class SegmentDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SegmentDocuments() {
    }

    /**
     * The segment a datagram carries; empty when it is not one (no header line, another format, no
     * document, or a document without the fields every segment has: {@code id}, {@code trace_id},
     * {@code name}, {@code start_time}).
     */
    static Optional<TraceSegment> read(byte[] datagram) {
        String text = new String(datagram, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        if (newline < 0 || !isHeader(text.substring(0, newline))) {
            return Optional.empty();
        }
        String document = text.substring(newline + 1).strip();
        try {
            JsonNode tree = JSON.readTree(document);
            if (tree == null || !tree.isObject()) {
                return Optional.empty();
            }
            String id = text(tree, "id");
            String traceId = text(tree, "trace_id");
            String name = text(tree, "name");
            JsonNode start = tree.get("start_time");
            if (id == null || traceId == null || name == null || start == null || !start.isNumber()) {
                return Optional.empty();
            }
            JsonNode end = tree.get("end_time");
            String type = text(tree, "type");
            return Optional.of(new TraceSegment(id, traceId, name, text(tree, "parent_id"), instant(start),
                    end != null && end.isNumber() ? instant(end) : null, type == null ? "segment" : type, document));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static boolean isHeader(String line) {
        try {
            JsonNode header = JSON.readTree(line);
            return header != null && "json".equals(text(header, "format")) && header.path("version").asInt() == 1;
        } catch (IOException notJson) {
            return false;
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** X-Ray times are epoch seconds with a fraction down to microseconds. */
    private static Instant instant(JsonNode seconds) {
        BigDecimal value = seconds.decimalValue();
        BigDecimal whole = new BigDecimal(value.toBigInteger());
        return Instant.ofEpochSecond(whole.longValueExact(), value.subtract(whole).movePointRight(9).longValue());
    }
}
