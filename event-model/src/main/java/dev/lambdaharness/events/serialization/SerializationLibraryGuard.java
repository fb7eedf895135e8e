package dev.lambdaharness.events.serialization;

import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.type.TypeFactory;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.amazonaws.services.lambda.runtime.serialization.util.SerializeUtil;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Makes aws-lambda-java-serialization's JVM-wide state safe for many function class loaders.
 *
 * <p>The library was written for one customer class loader per JVM. {@code SerializeUtil} caches
 * the event classes it loads by name only, so a second environment would get the first one's
 * {@code SQSEvent$SQSMessage} (its mixin then misses: {@code eventSourceARN} is dropped) and
 * {@code org.joda.time.DateTime} (a {@code ScheduledEvent} then fails to parse), and the cache
 * would keep the first environment's class loader alive. Measured here with two class loaders.
 *
 * <p>Every use of the library's event machinery therefore runs under one lock, with that cache
 * emptied before and after, and with the library's shared Jackson type caches emptied after, so
 * that no class of an environment outlives it there.
 */
final class SerializationLibraryGuard {

    private static final Object LOCK = new Object();
    private static final Map<?, ?> CLASS_CACHE = classCache();

    private SerializationLibraryGuard() {
    }

    /** Runs one use of the library's event machinery with a clean class cache. */
    static <T> T call(Supplier<T> use) {
        synchronized (LOCK) {
            clear();
            try {
                return use.get();
            } finally {
                clear();
            }
        }
    }

    /** Runs one use of the library's event machinery with a clean class cache. */
    static void run(Runnable use) {
        call(() -> {
            use.run();
            return null;
        });
    }

    private static void clear() {
        if (CLASS_CACHE != null) {
            CLASS_CACHE.clear();
        }
        // The shared mapper's type factory (which its copies, the event serialisers, share) and the default one.
        JacksonFactory.getInstance().getMapper().getTypeFactory().clearCache();
        TypeFactory.defaultInstance().clearCache();
    }

    private static Map<?, ?> classCache() {
        try {
            Field field = SerializeUtil.class.getDeclaredField("cachedClasses");
            field.setAccessible(true);
            return (Map<?, ?>) field.get(null);
        } catch (NoSuchFieldException e) {
            return null; // a version of the library without the cache: nothing to empty
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot reach the class cache of aws-lambda-java-serialization "
                    + "(SerializeUtil.cachedClasses); run the harness with the library on the class path, not the module path", e);
        }
    }
}
