package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Allocates the number of megabytes in its input outside the Java heap ({@code Unsafe.allocateMemory},
 * reached reflectively), touching every page so the memory is resident, and keeps it: memory no heap
 * limit stops.
 */
public class AllocatesNativeMemory implements RequestHandler<Integer, String> {

    private static final long MB = 1024 * 1024;
    private static final long PAGE = 4096;

    @Override
    public String handleRequest(Integer megabytes, Context context) {
        try {
            Class<?> unsafeClass = TheUnsafe.TYPE;
            Object unsafe = TheUnsafe.instance();
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle allocate = lookup.findVirtual(unsafeClass, "allocateMemory", MethodType.methodType(long.class, long.class))
                    .bindTo(unsafe);
            MethodHandle put = lookup.findVirtual(unsafeClass, "putByte", MethodType.methodType(void.class, long.class, byte.class))
                    .bindTo(unsafe);
            for (int i = 0; i < megabytes; i++) {
                long address = (long) allocate.invokeExact(MB);
                for (long offset = 0; offset < MB; offset += PAGE) {
                    put.invokeExact(address + offset, (byte) 1);
                }
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return "allocated " + megabytes + " MB";
    }
}
