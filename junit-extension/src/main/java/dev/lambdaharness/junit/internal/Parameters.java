package dev.lambdaharness.junit.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ParameterContext;

/** How messages name a parameter: {@code parameter 'ship' (LambdaFunction) of OrdersTest.shipsAll}. */
final class Parameters {

    private Parameters() {
    }

    static String describe(ParameterContext parameter) {
        Executable executable = parameter.getDeclaringExecutable();
        String owner = executable.getDeclaringClass().getSimpleName();
        String where = executable instanceof Constructor ? "the constructor of " + owner
                : owner + "." + executable.getName();
        return "parameter '" + parameter.getParameter().getName() + "' ("
                + parameter.getParameter().getParameterizedType().getTypeName().replaceAll("[\\w.]+\\.", "")
                + ") of " + where;
    }
}
