package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Writes to address 0 through sun.misc.Unsafe: the JVM dies of SIGSEGV, as with a faulty native library. */
public class CrashesTheJvm implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field field = unsafeClass.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            Method putAddress = unsafeClass.getMethod("putAddress", long.class, long.class);
            putAddress.invoke(unsafe, 0L, 42L);
            return "still alive";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
