package dev.lambdaharness.events.internal;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plain Java values as DynamoDB's typed JSON, as DynamoDB Streams writes item images:
 * {@code "a"} as {@code {"S":"a"}}, {@code 12} as {@code {"N":"12"}} and so on.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /**
     * @param item attribute names and values: {@code String}, {@code Number}, {@code Boolean},
     *     {@code null}, {@code byte[]} or {@code ByteBuffer}, {@code List}, {@code Map}, and
     *     non-empty {@code Set}s of strings, numbers or binaries
     * @return the item as a map of attribute values, in the map's iteration order
     * @throws IllegalArgumentException naming the attribute whose value DynamoDB cannot hold
     */
    public static ObjectNode item(Map<String, ?> item) {
        ObjectNode out = Json.object();
        item.forEach((name, value) -> out.set(name, value(value, name)));
        return out;
    }

    /**
     * DynamoDB's item-size rules (names and values in UTF-8 bytes, numbers by significant digits,
     * one byte per boolean or null, three per list or map plus one per element), which stream
     * records' {@code SizeBytes} follow; an approximation, as DynamoDB does not publish its own.
     *
     * @return the size in bytes of attribute values in DynamoDB JSON
     */
    public static long size(JsonNode item) {
        long size = 0;
        for (Map.Entry<String, JsonNode> attribute : item.properties()) {
            size += Encodings.utf8(attribute.getKey()).length + valueSize(attribute.getValue());
        }
        return size;
    }

    private static long valueSize(JsonNode value) {
        Map.Entry<String, JsonNode> typed = value.properties().iterator().next();
        JsonNode content = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> Encodings.utf8(content.asText()).length;
            case "N" -> numberSize(content.asText());
            case "B" -> Base64.getDecoder().decode(content.asText()).length;
            case "SS", "NS", "BS" -> {
                long sum = 0;
                for (JsonNode member : content) {
                    sum += valueSize(Json.object().set(typed.getKey().substring(0, 1), member));
                }
                yield sum;
            }
            case "L" -> {
                long sum = 3;
                for (JsonNode member : content) {
                    sum += 1 + valueSize(member);
                }
                yield sum;
            }
            case "M" -> 3 + size(content) + content.size();
            default -> 1;
        };
    }

    private static long numberSize(String number) {
        String digits = new BigDecimal(number).unscaledValue().abs().toString().replaceAll("^0+|0+$", "");
        return 1 + (Math.max(digits.length(), 1) + 1) / 2;
    }

    private static ObjectNode value(Object value, String path) {
        ObjectNode out = Json.object();
        if (value == null) {
            return out.put("NULL", true);
        }
        if (value instanceof String text) {
            return out.put("S", text);
        }
        if (value instanceof Number number) {
            return out.put("N", number(number, path));
        }
        if (value instanceof Boolean bool) {
            return out.put("BOOL", bool);
        }
        if (value instanceof byte[] || value instanceof ByteBuffer) {
            return out.put("B", Encodings.base64(bytes(value)));
        }
        if (value instanceof Set<?> set) {
            return set(set, path);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = out.putArray("L");
            for (int i = 0; i < list.size(); i++) {
                array.add(value(list.get(i), path + "[" + i + "]"));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode members = out.putObject("M");
            map.forEach((key, member) -> members.set(String.valueOf(key), value(member, path + "." + key)));
            return out;
        }
        throw new IllegalArgumentException("Attribute " + path + " holds a " + value.getClass().getName()
                + ", which DynamoDB cannot store. Use a String, Number, Boolean, null, byte[], List, Map or Set.");
    }

    private static ObjectNode set(Set<?> set, String path) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("Attribute " + path
                    + " is an empty set, which DynamoDB does not store. Leave the attribute out instead.");
        }
        ObjectNode out = Json.object();
        Object first = set.iterator().next();
        String type = first instanceof String ? "SS" : first instanceof Number ? "NS"
                : first instanceof byte[] || first instanceof ByteBuffer ? "BS" : null;
        if (type == null || !sameKind(set, first)) {
            throw new IllegalArgumentException("Attribute " + path + " is a set of " + kinds(set)
                    + "; DynamoDB sets hold only strings, only numbers or only binaries.");
        }
        ArrayNode members = out.putArray(type);
        for (Object member : set) {
            switch (type) {
                case "SS" -> members.add((String) member);
                case "NS" -> members.add(number((Number) member, path));
                default -> members.add(Encodings.base64(bytes(member)));
            }
        }
        return out;
    }

    private static boolean sameKind(Collection<?> set, Object first) {
        return set.stream().allMatch(member -> member != null
                && (member.getClass() == first.getClass()
                    || member instanceof Number && first instanceof Number
                    || member instanceof ByteBuffer && first instanceof ByteBuffer));
    }

    private static String kinds(Collection<?> set) {
        return set.stream().map(member -> member == null ? "null" : member.getClass().getSimpleName())
                .distinct().sorted().toList().toString();
    }

    private static String number(Number number, String path) {
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())
                || number instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new IllegalArgumentException("Attribute " + path + " is " + number
                    + ", which DynamoDB cannot store as a number.");
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof BigInteger || number instanceof Long || number instanceof Integer
                || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array.clone();
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }
}
