package dev.lambdaharness.core.internal.invokeapi;

import dev.lambdaharness.internal.jackson.core.JsonToken;
import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The {@code X-Amz-Client-Context} header: up to {@value #MAX_BYTES} bytes of base64 holding a
 * JSON object, which the function receives decoded as its {@code Context.getClientContext()}.
 *
 * <pre>{@code
 * String json = ClientContextHeader.decode(request.getFirst("X-Amz-Client-Context"));
 * }</pre>
 */
public final class ClientContextHeader {

    /** The service's limit on the header's value, from the Invoke API reference: 3,583 bytes of base64. */
    static final int MAX_BYTES = 3583;

    /**
     * The error code a client context that is too long or not base64 JSON is refused with. Lambda's
     * code and text for it are UNCONFIRMED (see docs/fidelity.md): a 400 {@code InvalidRequestContentException},
     * as for a payload that is not JSON.
     */
    static final String REFUSAL_CODE = "InvalidRequestContentException";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientContextHeader() {
    }

    /**
     * The client context's JSON.
     *
     * @throws ServiceError 400 when the header is longer than {@value #MAX_BYTES} bytes, not base64, or not a JSON object
     */
    static String decode(String header) {
        try {
            return fromBase64(header);
        } catch (IllegalArgumentException e) {
            throw new ServiceError(400, REFUSAL_CODE, "message", e.getMessage());
        }
    }

    /**
     * The JSON of a client context given as the header carries it (base64), or as the JSON itself.
     *
     * @throws IllegalArgumentException naming what is wrong, when it is longer than {@value #MAX_BYTES} bytes of
     *     base64, not base64, or not a JSON object
     */
    public static String json(String given) {
        return fromBase64(given.strip().startsWith("{")
                ? Base64.getEncoder().encodeToString(given.getBytes(StandardCharsets.UTF_8)) : given);
    }

    private static String fromBase64(String header) {
        if (header.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw refused("Client context must be " + MAX_BYTES + " bytes of base64 or less, and is "
                    + header.getBytes(StandardCharsets.UTF_8).length + " bytes.");
        }
        byte[] json;
        try {
            json = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException e) {
            throw refused("Client context must be a valid Base64-encoded JSON object: it is not base64 ("
                    + e.getMessage() + ").");
        }
        try (var parser = JSON.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refused("Client context must be a valid Base64-encoded JSON object: it decodes to something else.");
            }
            JsonNode tree = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw refused("Client context must be a valid Base64-encoded JSON object: there is more after the object.");
            }
            return tree.toString();
        } catch (IOException e) {
            throw refused("Client context must be a valid Base64-encoded JSON object: it decodes to text that is not JSON.");
        }
    }

    private static IllegalArgumentException refused(String message) {
        return new IllegalArgumentException(message);
    }
}
