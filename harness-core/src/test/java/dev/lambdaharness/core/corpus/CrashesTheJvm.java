package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.Method;

/** Writes to address 0 through sun.misc.Unsafe: the JVM dies of SIGSEGV, as with a faulty native library. */
public class CrashesTheJvm implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        try {
            Method putAddress = TheUnsafe.TYPE.getMethod("putAddress", long.class, long.class);
            putAddress.invoke(TheUnsafe.instance(), 0L, 42L);
            return "still alive";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
