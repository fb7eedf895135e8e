package dev.lambdaharness.events.serialization;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Finds the function's own {@link CustomPojoSerializer} through {@link ServiceLoader} on the
 * function's class loader, with the RIC's bookkeeping (JVM-wide there, per environment here): the
 * search runs until it once succeeds; finding two providers fails that one lookup and later
 * lookups then use the first provider.
 */
final class CustomSerializerLookup {

    private final ClassLoader functionLoader;
    private boolean searched;
    private CustomPojoSerializer provider;

    CustomSerializerLookup(ClassLoader functionLoader) {
        this.functionLoader = functionLoader;
    }

    /** @return a serialiser for {@code type} backed by the function's provider, or null when it has none */
    PojoSerializer<Object> serializerFor(Type type) {
        if (!searched) {
            provider = search();
        }
        if (provider == null) {
            return null;
        }
        return new ForType(provider, type);
    }

    private CustomPojoSerializer search() {
        if (provider != null) {
            return provider;
        }
        Iterator<CustomPojoSerializer> providers = ServiceLoader.load(CustomPojoSerializer.class, functionLoader).iterator();
        if (!providers.hasNext()) {
            searched = true;
            return null;
        }
        // Kept before the check below, as the RIC keeps it: a second lookup after the failure uses it.
        provider = providers.next();
        if (providers.hasNext()) {
            throw new TooManyCustomSerializersException();
        }
        searched = true;
        return provider;
    }

    /** The provider bound to one declared type, which it receives on every call. */
    private static final class ForType implements PojoSerializer<Object> {
        private final CustomPojoSerializer provider;
        private final Type type;

        ForType(CustomPojoSerializer provider, Type type) {
            this.provider = provider;
            this.type = type;
        }

        @Override
        public Object fromJson(InputStream input) {
            return provider.fromJson(input, type);
        }

        @Override
        public Object fromJson(String input) {
            return provider.fromJson(input, type);
        }

        @Override
        public void toJson(Object value, OutputStream output) {
            provider.toJson(value, output, type);
        }
    }
}
