package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.GsonFactory;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The error document the RIC posts to the Runtime API and the Invoke API returns to the caller:
 * {@code {"errorMessage":..,"errorType":..,"stackTrace":[..]}}.
 *
 * <p>{@link #toJson()} writes it with the same serialiser the RIC uses (aws-lambda-java-serialization's
 * Gson: fields in this order, null fields left out, no HTML escaping, characters outside the BMP
 * kept raw), so the bytes are the RIC's.
 *
 * <pre>{@code
 * new ErrorBody("boom", "java.lang.IllegalStateException", List.of("example.Throws.handleRequest(Throws.java:7)")).toJson();
 * }</pre>
 *
 * @param errorMessage the message; never null in what the RIC posts
 * @param errorType the exception class name, or null (for example {@code Invalid handler})
 * @param stackTrace the frames, or null for handler-loading faults (which carry no stack trace)
 */
public record ErrorBody(String errorMessage, String errorType, List<String> stackTrace) {

    /** Defensive copy, so a body cannot change after it was built. */
    public ErrorBody {
        stackTrace = stackTrace == null ? null : List.copyOf(stackTrace);
    }

    /** @return the body as the RIC encodes it (UTF-8) */
    public byte[] toJson() {
        Wire wire = new Wire();
        wire.errorMessage = errorMessage;
        wire.errorType = errorType;
        wire.stackTrace = stackTrace == null ? null : stackTrace.toArray(String[]::new);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Wire.SERIALIZER.toJson(wire, out);
        return out.toByteArray();
    }

    /** The shape Gson reflects over: the field order and types of the RIC's error request. */
    static final class Wire {
        static final PojoSerializer<Wire> SERIALIZER = GsonFactory.getInstance().getSerializer(Wire.class);

        String errorMessage;
        String errorType;
        String[] stackTrace;
    }
}
