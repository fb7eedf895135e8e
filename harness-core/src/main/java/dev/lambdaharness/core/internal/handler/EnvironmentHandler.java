package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * A loaded handler: each invocation reads the payload from memory, buffers the whole response
 * (the RIC posts it only once the handler returned) and turns anything thrown into the RIC's
 * error report. The function's class loader is the thread's context class loader meanwhile, as it
 * is on the RIC's thread.
 */
final class EnvironmentHandler implements FunctionHandler {

    private final StreamCall call;
    private final ClassLoader functionLoader;

    EnvironmentHandler(StreamCall call, ClassLoader functionLoader) {
        this.call = call;
        this.functionLoader = functionLoader;
    }

    @Override
    public byte[] handle(byte[] payload, Context context) throws InvocationFailure {
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(context, "context");
        if (context.getLogger() instanceof InvocationAwareLogger logger) {
            logger.enterInvocation(context);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(functionLoader);
        try {
            call.call(new ByteArrayInputStream(payload), output, context);
        } catch (Throwable t) {
            throw InvocationFailure.ofThrowable(t);
        } finally {
            thread.setContextClassLoader(previous);
        }
        // The RIC clears an interrupt the handler left behind, after a successful invocation.
        Thread.interrupted();
        return output.toByteArray();
    }
}
