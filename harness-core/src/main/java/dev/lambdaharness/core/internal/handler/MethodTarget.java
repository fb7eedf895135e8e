package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A {@code Class::method} handler taking a POJO and/or the context, called through
 * {@link Method#invoke} as the RIC calls it, so traces keep the reflection frames and checked
 * exceptions come out unwrapped.
 */
final class MethodTarget implements PojoTarget {

    private static final String RIC_CALLER = "com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader$PojoMethodRequestHandler";

    private final Method method;
    private final Object instance;
    private final boolean takesInput;
    private final boolean takesContext;

    MethodTarget(Method method, Object instance, boolean takesInput, boolean takesContext) {
        this.method = method;
        this.instance = instance;
        this.takesInput = takesInput;
        this.takesContext = takesContext;
    }

    @Override
    public Object call(Object input, Context context) throws Throwable {
        Object[] arguments = new Object[(takesInput ? 1 : 0) + (takesContext ? 1 : 0)];
        int next = 0;
        if (takesInput) {
            arguments[next++] = input;
        }
        if (takesContext) {
            arguments[next] = context;
        }
        try {
            return method.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            throw RuntimeFrames.cut(e.getCause() != null ? e.getCause() : e);
        } catch (Throwable t) {
            throw RuntimeFrames.cut(RicCaller.renamed(t, MethodTarget.class, RIC_CALLER));
        }
    }
}
