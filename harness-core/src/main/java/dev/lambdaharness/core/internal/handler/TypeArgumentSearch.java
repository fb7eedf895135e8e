package dev.lambdaharness.core.internal.handler;

import java.io.PrintStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Finds the type arguments a class gives a generic interface, with the RIC's breadth-first walk
 * over generic superinterfaces and superclasses, resolving type variables by name on the way.
 *
 * <p>The walk keeps the RIC's quirks, since they decide which handlers load: it answers with the
 * arguments of the first parameterized supertype <em>assignable to</em> the interface, so a
 * sub-interface's own arguments are taken as the interface's; and type variables nested inside
 * other arguments ({@code List<T>}) are left unresolved.
 */
final class TypeArgumentSearch {

    private TypeArgumentSearch() {
    }

    /**
     * @param start the handler class
     * @param target the generic interface ({@code RequestHandler})
     * @param stderr where the RIC would print its complaints about impossible types
     * @return the type arguments found, or null when no parameterized supertype reaches {@code target}
     */
    static Type[] find(Class<?> start, Class<?> target, PrintStream stderr) {
        Queue<Level> queue = new ArrayDeque<>();
        queue.add(new Level(start, null));
        while (!queue.isEmpty()) {
            Level current = queue.remove();
            for (Type supertype : current.type.getGenericInterfaces()) {
                if (supertype instanceof ParameterizedType parameterized) {
                    if (!(parameterized.getRawType() instanceof Class<?> raw)) {
                        stderr.println("raw type is not a class: " + parameterized.getRawType());
                        continue;
                    }
                    Level level = Level.of(parameterized, current);
                    if (target.isAssignableFrom(raw)) {
                        return level.arguments;
                    }
                    queue.add(level);
                } else if (supertype instanceof Class<?> plain) {
                    queue.add(Level.of(plain, current));
                } else {
                    stderr.println("Unexpected type class " + supertype.getClass().getName());
                }
            }
            Type superclass = current.type.getGenericSuperclass();
            if (superclass instanceof ParameterizedType parameterized) {
                queue.add(Level.of(parameterized, current));
            } else if (superclass != null) {
                queue.add(Level.of((Class<?>) superclass, current));
            }
        }
        return null;
    }

    /** One class on the walk with the arguments its subtype gave it (null when unknown). */
    private static final class Level {
        final Class<?> type;
        final Type[] arguments;

        Level(Class<?> type, Type[] arguments) {
            this.type = type;
            this.arguments = arguments;
        }

        /** A parameterized supertype: its variable arguments are resolved in the subtype. */
        static Level of(ParameterizedType supertype, Level subtype) {
            Type[] arguments = supertype.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof TypeVariable<?> variable) {
                    arguments[i] = subtype.resolve(variable);
                }
            }
            Type raw = supertype.getRawType();
            if (raw instanceof Class<?> rawClass) {
                return new Level(rawClass, arguments);
            }
            if (raw instanceof TypeVariable<?> variable && variable.getGenericDeclaration() instanceof Class<?> declaring) {
                return new Level(declaring, arguments);
            }
            throw new IllegalStateException("Type " + raw + " is of unexpected type " + raw.getClass());
        }

        /** A raw supertype: its own type parameters are looked up, by name, in the subtype. */
        static Level of(Class<?> supertype, Level subtype) {
            TypeVariable<?>[] parameters = supertype.getTypeParameters();
            if (parameters.length == 0 || subtype.arguments == null) {
                return new Level(supertype, null);
            }
            Type[] arguments = new Type[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = subtype.resolve(parameters[i]);
            }
            return new Level(supertype, arguments);
        }

        Type resolve(TypeVariable<?> variable) {
            TypeVariable<?>[] parameters = type.getTypeParameters();
            for (int i = 0; i < parameters.length; i++) {
                if (variable.getName().equals(parameters[i].getName())) {
                    return arguments == null ? parameters[i] : arguments[i];
                }
            }
            return variable;
        }
    }
}
