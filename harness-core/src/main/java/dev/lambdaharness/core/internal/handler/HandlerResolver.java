package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.util.ReflectUtil;
import dev.lambdaharness.events.serialization.SerializerSpace;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a loaded handler class (and method name) into a call, with the RIC's rules for class-only
 * handlers and for {@code Class::method} handlers. A fault is thrown as a {@link LoaderFault}; any
 * other throwable escaping here is one that would escape the RIC's loader too.
 */
final class HandlerResolver {

    /** Non-bridge methods first; then longer parameter lists first, a trailing Context counting one extra. */
    private static final Comparator<Method> PRIORITY = Comparator
            .comparing(Method::isBridge)
            .thenComparing(HandlerResolver::rankedLength, Comparator.reverseOrder());

    private final SerializerSpace serializers;
    private final PrintStream stderr;

    HandlerResolver(SerializerSpace serializers, PrintStream stderr) {
        this.serializers = serializers;
        this.stderr = stderr;
    }

    StreamCall resolve(Class<?> handlerClass, String methodName) {
        return methodName == null ? classHandler(handlerClass) : methodHandler(handlerClass, methodName);
    }

    private StreamCall classHandler(Class<?> handlerClass) {
        if (RequestStreamHandler.class.isAssignableFrom(handlerClass)) {
            return asFault(() -> new StreamHandlerCall((RequestStreamHandler) Instantiation.instantiate(handlerClass)));
        }
        if (RequestHandler.class.isAssignableFrom(handlerClass)) {
            return requestHandlerClass(handlerClass);
        }
        throw LoaderFault.ofMessage("Class does not implement an appropriate handler interface: " + handlerClass.getName());
    }

    private StreamCall requestHandlerClass(Class<?> handlerClass) {
        Type[] types = TypeArgumentSearch.find(handlerClass, RequestHandler.class, stderr);
        if (types == null) {
            throw LoaderFault.ofMessage("Class " + handlerClass.getName() + " does not implement RequestHandler with concrete type parameters");
        }
        if (types.length != 2) {
            throw LoaderFault.ofMessage("Invalid class signature for RequestHandler. Expected two generic types, got " + types.length);
        }
        for (Type type : types) {
            if (type instanceof TypeVariable<?> variable && !hasUpperBound(variable)) {
                throw LoaderFault.ofMessage("Class " + handlerClass.getName()
                        + " does not implement RequestHandler with concrete type parameters: parameter " + type + " has no upper bound.");
            }
        }
        return asFault(() -> pojoCall(new RequestHandlerTarget(Instantiation.instantiate(handlerClass)), types[0], types[1]));
    }

    private static boolean hasUpperBound(TypeVariable<?> variable) {
        Type[] bounds = variable.getBounds();
        if (bounds != null) {
            for (Type bound : bounds) {
                if (!Object.class.equals(bound)) {
                    return true;
                }
            }
        }
        return false;
    }

    private StreamCall methodHandler(Class<?> handlerClass, String methodName) {
        Method[] methods;
        try {
            methods = handlerClass.getMethods();
        } catch (NoClassDefFoundError e) {
            throw LoaderFault.methodLoadingFailed(e, methodName, handlerClass.getName());
        }
        if (methods.length == 0) {
            // The RIC names the class of its own handler-info object here, not the handler's class.
            throw LoaderFault.ofMessage("Class com.amazonaws.services.lambda.runtime.api.client.HandlerInfo has no public method named " + methodName);
        }
        List<Method> candidates = new ArrayList<>();
        for (Method method : methods) {
            if (method.getName().equals(methodName)) {
                candidates.add(method);
            }
        }
        candidates.sort(PRIORITY); // stable: ties keep getMethods() order, as in the RIC
        for (Method candidate : candidates) {
            StreamCall call = overload(handlerClass, candidate);
            if (call != null) {
                return call;
            }
        }
        throw LoaderFault.ofMessage("No public method named " + methodName + " with appropriate method signature found on class " + handlerClass.getName());
    }

    private static int rankedLength(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean contextLast = parameters.length != 0 && isContext(parameters[parameters.length - 1]);
        return parameters.length + (contextLast ? 1 : 0);
    }

    /** @return the call for a supported signature (which may throw the fault of building it), or null for an ignored overload */
    private StreamCall overload(Class<?> handlerClass, Method method) {
        Type returnType = method.getGenericReturnType();
        Type[] parameters = method.getGenericParameterTypes();
        switch (parameters.length) {
            case 0:
                return pojoMethod(handlerClass, method, null, returnType, false);
            case 1:
                return oneParameter(handlerClass, method, parameters[0], returnType);
            case 2:
                return twoParameters(handlerClass, method, parameters[0], parameters[1], returnType);
            case 3:
                if (InputStream.class.equals(parameters[0]) && OutputStream.class.equals(parameters[1]) && isContext(parameters[2])) {
                    return streamMethod(handlerClass, method, true, true, true);
                }
                stderr.println("Ignoring three-argument overload because argument signature is not (InputStream, OutputStream, Context");
                return null;
            default:
                stderr.println("Ignoring an overload of method " + method.getName()
                        + " because it has too many parameters: Expected at most 3, got " + parameters.length);
                return null;
        }
    }

    private StreamCall oneParameter(Class<?> handlerClass, Method method, Type parameter, Type returnType) {
        if (InputStream.class.equals(parameter)) {
            return streamMethod(handlerClass, method, true, false, false);
        }
        if (OutputStream.class.equals(parameter)) {
            return streamMethod(handlerClass, method, false, true, false);
        }
        if (isContext(parameter)) {
            return pojoMethod(handlerClass, method, null, returnType, true);
        }
        return pojoMethod(handlerClass, method, parameter, returnType, false);
    }

    private StreamCall twoParameters(Class<?> handlerClass, Method method, Type first, Type second, Type returnType) {
        if (OutputStream.class.equals(first)) {
            if (isContext(second)) {
                return streamMethod(handlerClass, method, false, true, true);
            }
            stderr.println("Ignoring two-argument overload because first argument type is OutputStream and second argument type is not Context");
            return null;
        }
        if (isContext(first)) {
            stderr.println("Ignoring two-argument overload because first argument type is Context");
            return null;
        }
        if (InputStream.class.equals(first)) {
            if (OutputStream.class.equals(second)) {
                return streamMethod(handlerClass, method, true, true, false);
            }
            if (isContext(second)) {
                return streamMethod(handlerClass, method, true, false, true);
            }
            // The library's raw-class lookup, as the RIC's: it throws for a type variable, which then escapes the loader.
            stderr.println("Ignoring two-argument overload because second parameter type, "
                    + ReflectUtil.getRawClass(second).getName() + ", is not OutputStream.");
            return null;
        }
        if (isContext(second)) {
            return pojoMethod(handlerClass, method, first, returnType, true);
        }
        stderr.println("Ignoring two-argument overload because second parameter type is not Context");
        return null;
    }

    private StreamCall pojoMethod(Class<?> handlerClass, Method method, Type inputType, Type returnType, boolean takesContext) {
        return asFault(() -> {
            Object instance = Modifier.isStatic(method.getModifiers()) ? null : Instantiation.instantiate(handlerClass);
            return pojoCall(new MethodTarget(method, instance, inputType != null, takesContext), inputType, returnType);
        });
    }

    private StreamCall streamMethod(Class<?> handlerClass, Method method, boolean takesInput, boolean takesOutput, boolean takesContext) {
        return asFault(() -> {
            if (!isVoid(method.getReturnType())) {
                stderr.println("Will ignore return type " + method.getReturnType() + " on byte stream handler");
            }
            Object instance = Modifier.isStatic(method.getModifiers()) ? null : Instantiation.instantiate(handlerClass);
            return new StreamMethodCall(method, instance, takesInput, takesOutput, takesContext);
        });
    }

    private PojoCall pojoCall(PojoTarget target, Type inputType, Type returnType) {
        return new PojoCall(target, inputType, isVoid(returnType) ? null : returnType, serializers);
    }

    private static boolean isVoid(Type type) {
        return Void.TYPE.equals(type) || (type instanceof Class<?> c && Void.class.isAssignableFrom(c));
    }

    private static boolean isContext(Type type) {
        return Context.class.equals(type);
    }

    /** Builds a call; a fault passes, any other throwable becomes a (non-fatal) fault, as in the RIC. */
    private static StreamCall asFault(Building building) {
        try {
            return building.build();
        } catch (LoaderFault fault) {
            throw fault;
        } catch (Throwable t) {
            throw LoaderFault.ofThrowable(t, false);
        }
    }

    @FunctionalInterface
    private interface Building {
        StreamCall build() throws Throwable;
    }
}
