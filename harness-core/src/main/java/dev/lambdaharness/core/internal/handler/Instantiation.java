package dev.lambdaharness.core.internal.handler;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Creates the handler's instance at INIT with the RIC's rules: a public zero-argument
 * constructor, called once. A constructor that throws is fatal (an init error); the other
 * failures surface as the throwable the RIC lets through, which the caller turns into a fault
 * reported on every invocation.
 */
final class Instantiation {

    /** The RIC class whose {@code Constructor.newInstance} call an access failure names. */
    private static final String RIC_CALLER = "com.amazonaws.services.lambda.runtime.api.client.EventHandlerLoader";

    private Instantiation() {
    }

    static Object instantiate(Class<?> handlerClass) throws Throwable {
        return newInstance(publicNoArgConstructor(handlerClass));
    }

    private static Constructor<?> publicNoArgConstructor(Class<?> handlerClass) throws Exception {
        try {
            return handlerClass.getConstructor();
        } catch (NoSuchMethodException e) {
            if (handlerClass.getEnclosingClass() != null && !Modifier.isStatic(handlerClass.getModifiers())) {
                throw new Exception("Class " + handlerClass.getName() + " cannot be instantiated because it is a non-static inner class");
            }
            throw new Exception("Class " + handlerClass.getName() + " has no public zero-argument constructor", e);
        }
    }

    private static Object newInstance(Constructor<?> constructor) throws Throwable {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw LoaderFault.ofThrowable(e.getCause() == null ? e : e.getCause(), true);
        } catch (InstantiationException e) {
            throw e.getCause() == null ? e : e.getCause();
        } catch (IllegalAccessException e) {
            throw RicCaller.renamed(e, Instantiation.class, RIC_CALLER);
        }
    }
}
