package dev.lambdaharness.events.serialization;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;

/** Views a serialiser typed by a class known only at run time as one of {@code Object}. */
final class ObjectSerializer {

    private ObjectSerializer() {
    }

    @SuppressWarnings("unchecked") // values reach it only from deserialising, or from a handler declared with that type
    static PojoSerializer<Object> of(PojoSerializer<?> serializer) {
        return (PojoSerializer<Object>) serializer;
    }
}
