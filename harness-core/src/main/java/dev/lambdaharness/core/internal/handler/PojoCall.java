package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaharness.events.serialization.Platform;
import dev.lambdaharness.events.serialization.SerializerSpace;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Runs a POJO handler at the stream level, as the RIC does: deserialise the payload for the
 * declared input type (if any), call, serialise for the declared output type (or write
 * {@code null} for {@code void}/{@code Void}). Serialisers for both types are built at INIT, as
 * the RIC builds them; a failure to build one is a loading fault.
 */
final class PojoCall implements StreamCall {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final PojoTarget target;
    private final Type inputType;
    private final Type outputType;
    private final SerializerSpace serializers;

    /**
     * @param inputType the declared input type, or null when the handler takes none
     * @param outputType the declared output type, or null for {@code void}/{@code Void}
     */
    PojoCall(PojoTarget target, Type inputType, Type outputType, SerializerSpace serializers) {
        this.target = target;
        this.inputType = inputType;
        this.outputType = outputType;
        this.serializers = serializers;
        if (inputType != null) {
            serializers.serializerFor(Platform.UNKNOWN, inputType);
        }
        if (outputType != null) {
            serializers.serializerFor(Platform.UNKNOWN, outputType);
        }
    }

    @Override
    public void call(InputStream input, OutputStream output, Context context) throws Throwable {
        Platform platform = Platform.of(context);
        Object event;
        try {
            event = inputType == null ? null : serializers.serializerFor(platform, inputType).fromJson(input);
        } catch (Throwable t) {
            throw new RuntimeException("An error occurred during JSON parsing", RuntimeFrames.cut(t));
        }
        Object response;
        try {
            response = target.call(event, context);
        } catch (Throwable t) {
            throw RuntimeFrames.cut(t);
        }
        try {
            if (outputType != null) {
                serializers.serializerFor(platform, outputType).toJson(response, output);
            } else {
                output.write(JSON_NULL);
            }
        } catch (Throwable t) {
            throw new RuntimeException("An error occurred during JSON serialization of response", t);
        }
    }
}
