package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.junit.FunctionOverride;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Applies a test method's {@code @FunctionOverride}s to the class's declaration. */
final class Overrides {

    private Overrides() {
    }

    static Declaration apply(Declaration declaration, List<FunctionOverride> overrides, Method method) {
        List<FunctionSpec> functions = new ArrayList<>(declaration.functions());
        for (FunctionOverride override : overrides) {
            String where = "@FunctionOverride" + (override.function().isEmpty() ? "" : "(function = \""
                    + override.function() + "\")") + " on " + method.getDeclaringClass().getSimpleName() + "."
                    + method.getName();
            int index = target(declaration, override, where);
            functions.set(index, apply(functions.get(index), override, where));
        }
        return declaration.withFunctions(functions);
    }

    private static int target(Declaration declaration, FunctionOverride override, String where) {
        if (override.function().isEmpty()) {
            if (declaration.functions().size() > 1) {
                throw new ExtensionConfigurationException(where + " does not say which function to change, and "
                        + declaration.owner().getSimpleName() + " declares " + declaration.names()
                        + ". Set function to one of those names.");
            }
            return 0;
        }
        for (int i = 0; i < declaration.functions().size(); i++) {
            if (declaration.functions().get(i).name().equals(override.function())) {
                return i;
            }
        }
        throw new ExtensionConfigurationException(where + " names no function of "
                + declaration.owner().getSimpleName() + ", which declares " + declaration.names()
                + ". Set function to one of those names.");
    }

    private static FunctionSpec apply(FunctionSpec function, FunctionOverride o, String where) {
        FunctionConfig.Builder builder = function.config().toBuilder();
        if (o.memory() != 0) {
            builder.memorySize(o.memory());
        }
        if (o.timeout() != 0) {
            builder.timeout(o.timeout());
        }
        if (o.ephemeralStorage() != 0) {
            builder.ephemeralStorageSize(o.ephemeralStorage());
        }
        builder.environment(Environment.parse(o.environment(), where));
        builder.allowedHosts(o.allowedHosts());
        LogFormat format = AnnotationReader.atMostOne(o.logFormat(), "logFormat", where);
        if (format != null) {
            builder.logFormat(format);
        }
        LogLevel application = AnnotationReader.atMostOne(o.applicationLogLevel(), "applicationLogLevel", where);
        if (application != null) {
            builder.applicationLogLevel(application);
        }
        LogLevel system = AnnotationReader.atMostOne(o.systemLogLevel(), "systemLogLevel", where);
        if (system != null) {
            builder.systemLogLevel(system);
        }
        Isolation isolation = AnnotationReader.atMostOne(o.isolation(), "isolation", where);
        try {
            return function.with(builder.build(), isolation != null ? isolation : function.isolation(),
                    isolation != null || function.explicitIsolation());
        } catch (InvalidConfigurationException e) {
            throw AnnotationReader.refused(where, e);
        }
    }
}
