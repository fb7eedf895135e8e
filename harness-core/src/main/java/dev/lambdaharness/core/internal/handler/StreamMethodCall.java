package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Class::method} handler taking streams, called through {@link Method#invoke}: its
 * return value is ignored, and without an {@code OutputStream} parameter the response is
 * {@code null}.
 */
final class StreamMethodCall implements StreamCall {

    private static final String RIC_CALLER = "com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader$StreamMethodRequestHandler";
    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final Method method;
    private final Object instance;
    private final boolean takesInput;
    private final boolean takesOutput;
    private final boolean takesContext;

    StreamMethodCall(Method method, Object instance, boolean takesInput, boolean takesOutput, boolean takesContext) {
        this.method = method;
        this.instance = instance;
        this.takesInput = takesInput;
        this.takesOutput = takesOutput;
        this.takesContext = takesContext;
    }

    @Override
    public void call(InputStream input, OutputStream output, Context context) throws Throwable {
        Object[] arguments = new Object[(takesInput ? 1 : 0) + (takesOutput ? 1 : 0) + (takesContext ? 1 : 0)];
        int next = 0;
        if (takesInput) {
            arguments[next++] = input;
        } else {
            input.close();
        }
        if (takesOutput) {
            arguments[next++] = output;
        }
        if (takesContext) {
            arguments[next] = context;
        }
        try {
            method.invoke(instance, arguments);
            if (!takesOutput) {
                output.write(JSON_NULL);
            }
        } catch (InvocationTargetException e) {
            throw RuntimeFrames.cut(e.getCause() != null ? e.getCause() : e);
        } catch (Throwable t) {
            throw RuntimeFrames.cut(RicCaller.renamed(t, StreamMethodCall.class, RIC_CALLER));
        }
    }
}
