package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** A custom serialiser that marks what passes through it with the declared type. */
public class ProbeSerializer implements CustomPojoSerializer {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromJson(InputStream input, Type type) {
        try {
            return (T) ("in[" + type.getTypeName() + "]:" + new String(input.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromJson(String input, Type type) {
        return (T) ("in[" + type.getTypeName() + "]:" + input);
    }

    @Override
    public <T> void toJson(T value, OutputStream output, Type type) {
        try {
            output.write(("out[" + type.getTypeName() + "]:" + value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
