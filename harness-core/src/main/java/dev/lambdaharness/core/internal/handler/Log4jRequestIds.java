package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.LambdaRuntimeInternal;
import java.io.PrintStream;
import java.lang.reflect.Method;

/**
 * Puts the request id into the function's Log4j context before each invocation, as the runtime
 * interface client does once aws-lambda-java-log4j2's appender has announced itself: Log4j 1's
 * {@code MDC} and Log4j 2's {@code ThreadContext}, both looked up in the function's own class
 * loader, under the key {@code AWSRequestId}.
 *
 * <pre>{@code
 * Log4jRequestIds.put(functionLoader, requestId, System.err); // on the handler's thread, before it runs
 * }</pre>
 */
public final class Log4jRequestIds {

    private Log4jRequestIds() {
    }

    /** Called on the invocation's thread, before the handler. */
    public static void put(ClassLoader functionLoader, String requestId, PrintStream stderr) {
        if (!LambdaRuntimeInternal.getUseLog4jAppender()) {
            return;
        }
        boolean put = put(functionLoader, "org.apache.log4j.MDC", Object.class, requestId);
        put |= put(functionLoader, "org.apache.logging.log4j.ThreadContext", String.class, requestId);
        if (!put) {
            // The runtime's own words when neither context class exists.
            stderr.println("Customer using log4j appender but unable to load either org.apache.log4j.MDC or"
                    + " org.apache.logging.log4j.ThreadContext. Customer cannot see RequestId in log4j log lines.");
        }
    }

    private static boolean put(ClassLoader loader, String className, Class<?> valueType, String requestId) {
        try {
            Class<?> context = Class.forName(className, true, loader);
            Method put = context.getMethod("put", String.class, valueType);
            put.invoke(null, "AWSRequestId", requestId);
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }
}
