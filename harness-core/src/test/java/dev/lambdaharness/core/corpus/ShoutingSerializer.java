package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A function's own serialiser, found through {@code META-INF/services} when a case lists it: reads
 * any payload as its upper-cased text, writes {@code {"shouted":...,"type":...}}.
 */
public class ShoutingSerializer implements CustomPojoSerializer {

    @Override
    public <T> T fromJson(InputStream input, Type type) {
        try {
            return fromJson(new String(input.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromJson(String input, Type type) {
        return (T) (tag() + input.toUpperCase(Locale.ROOT));
    }

    @Override
    public <T> void toJson(T value, OutputStream output, Type type) {
        try {
            output.write(("{\"shouted\":\"" + value + "\",\"type\":\"" + type.getTypeName() + "\"}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected String tag() {
        return "";
    }
}
