package dev.lambdaharness.conformance.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Pointers (RFC 6901) of result parts the comparison ignores. A pointer that reaches a
 * string holding JSON (an API Gateway response's {@code body}) continues inside that document, so
 * {@code /body/orderId} ignores a generated id in a response body.
 *
 * <pre>{@code
 * JsonNode tree = JsonPointers.without(result, List.of("/body/orderId"));
 * }</pre>
 */
public final class JsonPointers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonPointers() {
    }

    /**
     * @return the pointer, when it is one
     * @throws IllegalArgumentException naming the path and the fix
     */
    public static String check(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.charAt(0) != '/' || pointer.matches(".*~(?![01]).*")) {
            throw new IllegalArgumentException("'" + pointer + "' is not a JSON path to ignore: write a JSON Pointer (RFC 6901)"
                    + " such as /body/orderId or /items/0/createdAt, starting with / and escaping ~ as ~0 and / as ~1");
        }
        return pointer;
    }

    /** @return the tree with every pointed-at part removed (a copy; JSON strings on the way are parsed) */
    public static JsonNode without(JsonNode tree, List<String> pointers) {
        JsonNode copy = tree.deepCopy();
        for (String pointer : pointers) {
            copy = remove(copy, tokens(pointer), 0);
        }
        return copy;
    }

    private static JsonNode remove(JsonNode node, List<String> tokens, int at) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            JsonNode inner = parse(node.asText());
            if (inner != null && inner.isContainerNode()) {
                return new TextNode(remove(inner, tokens, at).toString());
            }
            return node;
        }
        String token = tokens.get(at);
        boolean last = at == tokens.size() - 1;
        if (node instanceof ObjectNode object && object.has(token)) {
            if (last) {
                object.remove(token);
            } else {
                object.set(token, remove(object.get(token), tokens, at + 1));
            }
        } else if (node instanceof ArrayNode array && token.matches("\\d+") && Integer.parseInt(token) < array.size()) {
            int index = Integer.parseInt(token);
            if (last) {
                array.remove(index);
            } else {
                array.set(index, remove(array.get(index), tokens, at + 1));
            }
        }
        return node;
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** @return the document, or null when the text is not JSON */
    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
