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
            Type[] types = requestHandlerTypes(handlerClass);
            return asFault(() -> pojoCall(new RequestHandlerTarget(Instantiation.instantiate(handlerClass)), types[0], types[1]));
        }
        throw notAHandler(handlerClass);
    }

    private static LoaderFault notAHandler(Class<?> handlerClass) {
        return LoaderFault.ofMessage("Class does not implement an appropriate handler interface: " + handlerClass.getName());
    }

    private Type[] requestHandlerTypes(Class<?> handlerClass) {
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
        return types;
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
        Method method = selectMethod(handlerClass, methodName);
        return build(handlerClass, method, shape(method));
    }

    /**
     * The method the runtime calls, chosen as {@link #resolve} chooses it, without initialising
     * the class or creating an instance: for a class-only handler, the handler interface's
     * {@code handleRequest} as the class implements it (a bridge method when the class declares
     * a typed one).
     */
    Method select(Class<?> handlerClass, String methodName) {
        if (methodName != null) {
            return selectMethod(handlerClass, methodName);
        }
        try {
            if (RequestStreamHandler.class.isAssignableFrom(handlerClass)) {
                return handlerClass.getMethod("handleRequest", InputStream.class, OutputStream.class, Context.class);
            }
            if (RequestHandler.class.isAssignableFrom(handlerClass)) {
                requestHandlerTypes(handlerClass);
                return handlerClass.getMethod("handleRequest", Object.class, Context.class);
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a handler interface's method is missing on " + handlerClass.getName(), e);
        }
        throw notAHandler(handlerClass);
    }

    private Method selectMethod(Class<?> handlerClass, String methodName) {
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
            if (shape(candidate) != null) {
                return candidate;
            }
        }
        throw LoaderFault.ofMessage("No public method named " + methodName + " with appropriate method signature found on class " + handlerClass.getName());
    }

    private static int rankedLength(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        boolean contextLast = parameters.length != 0 && isContext(parameters[parameters.length - 1]);
        return parameters.length + (contextLast ? 1 : 0);
    }

    /** What a supported overload takes: a stream signature, or a POJO input (null for none), and whether a Context follows. */
    private record Shape(boolean stream, boolean takesInput, boolean takesOutput, boolean takesContext, Type input) {

        static Shape stream(boolean takesInput, boolean takesOutput, boolean takesContext) {
            return new Shape(true, takesInput, takesOutput, takesContext, null);
        }

        static Shape pojo(Type input, boolean takesContext) {
            return new Shape(false, input != null, false, takesContext, input);
        }
    }

    /** @return the call for a supported signature (which may throw the fault of building it) */
    private StreamCall build(Class<?> handlerClass, Method method, Shape shape) {
        return shape.stream()
                ? streamMethod(handlerClass, method, shape.takesInput(), shape.takesOutput(), shape.takesContext())
                : pojoMethod(handlerClass, method, shape.input(), method.getGenericReturnType(), shape.takesContext());
    }

    /** @return the shape of a supported signature, or null for an ignored overload (saying why on stderr, as the RIC does) */
    private Shape shape(Method method) {
        Type[] parameters = method.getGenericParameterTypes();
        switch (parameters.length) {
            case 0:
                return Shape.pojo(null, false);
            case 1:
                return oneParameter(parameters[0]);
            case 2:
                return twoParameters(parameters[0], parameters[1]);
            case 3:
                if (InputStream.class.equals(parameters[0]) && OutputStream.class.equals(parameters[1]) && isContext(parameters[2])) {
                    return Shape.stream(true, true, true);
                }
                stderr.println("Ignoring three-argument overload because argument signature is not (InputStream, OutputStream, Context");
                return null;
            default:
                stderr.println("Ignoring an overload of method " + method.getName()
                        + " because it has too many parameters: Expected at most 3, got " + parameters.length);
                return null;
        }
    }

    private static Shape oneParameter(Type parameter) {
        if (InputStream.class.equals(parameter)) {
            return Shape.stream(true, false, false);
        }
        if (OutputStream.class.equals(parameter)) {
            return Shape.stream(false, true, false);
        }
        if (isContext(parameter)) {
            return Shape.pojo(null, true);
        }
        return Shape.pojo(parameter, false);
    }

    private Shape twoParameters(Type first, Type second) {
        if (OutputStream.class.equals(first)) {
            if (isContext(second)) {
                return Shape.stream(false, true, true);
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
                return Shape.stream(true, true, false);
            }
            if (isContext(second)) {
                return Shape.stream(true, false, true);
            }
            // The library's raw-class lookup, as the RIC's: it throws for a type variable, which then escapes the loader.
            stderr.println("Ignoring two-argument overload because second parameter type, "
                    + ReflectUtil.getRawClass(second).getName() + ", is not OutputStream.");
            return null;
        }
        if (isContext(second)) {
            return Shape.pojo(first, true);
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
