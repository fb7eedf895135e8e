package dev.lambdaharness.core.corpus;

import java.lang.reflect.Field;

/**
 * {@code sun.misc.Unsafe}, reached reflectively so the corpus compiles without the internal-API
 * warning, for handlers that misuse memory as native code can.
 *
 * <pre>{@code
 * Object unsafe = TheUnsafe.instance();
 * TheUnsafe.TYPE.getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 42L);
 * }</pre>
 */
final class TheUnsafe {

    static final Class<?> TYPE = type();

    private TheUnsafe() {
    }

    /** The one instance, from its private static field. */
    static Object instance() throws ReflectiveOperationException {
        Field field = TYPE.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return field.get(null);
    }

    private static Class<?> type() {
        try {
            return Class.forName("sun.misc.Unsafe");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
