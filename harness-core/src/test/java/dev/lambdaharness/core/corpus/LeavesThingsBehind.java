package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.ref.WeakReference;

/**
 * A handler that leaves behind what real handlers leave: a running thread, a shutdown hook, a
 * static cache and a thread-local. It publishes a weak reference to its class loader in the
 * system properties, so a test can see whether the loader was collected after the environment
 * closed.
 */
public class LeavesThingsBehind implements RequestHandler<String, String> {

    private static final byte[] CACHE = new byte[256 * 1024];
    private static final ThreadLocal<byte[]> PER_THREAD = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    static {
        System.getProperties().put("lambda-harness.leak-probe." + System.identityHashCode(LeavesThingsBehind.class),
                new WeakReference<>(LeavesThingsBehind.class.getClassLoader()));
    }

    @Override
    public String handleRequest(String input, Context context) {
        Thread poller = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "leftover-poller");
        poller.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("flushing " + CACHE.length)));
        return "left " + PER_THREAD.get().length;
    }
}
