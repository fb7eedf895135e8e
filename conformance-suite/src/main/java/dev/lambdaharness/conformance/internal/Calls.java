package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.util.Comparator;
import java.util.List;

/** The calls a code unit makes, in source order, and what checks ask of their targets. */
final class Calls {

    private Calls() {
    }

    static List<JavaCall<?>> of(JavaCodeUnit unit) {
        return unit.getCallsFromSelf().stream()
                .sorted(Comparator.<JavaCall<?>>comparingInt(JavaCall::getLineNumber).thenComparing(call -> call.getTarget().getFullName()))
                .toList();
    }

    /** @return whether the class is, extends or implements the named type (by name too, for a type whose hierarchy was not imported) */
    static boolean is(JavaClass type, String name) {
        return type.getName().equals(name) || type.isAssignableTo(name);
    }

    /** @return {@code Owner.name(Parameter, ...)} with simple names: how messages show a call's target */
    static String shown(JavaCall<?> call) {
        String name = call.getTarget().getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
                ? "new " + call.getTargetOwner().getSimpleName()
                : call.getTargetOwner().getSimpleName() + "." + call.getTarget().getName();
        return name + "(" + String.join(", ", call.getTarget().getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList()) + ")";
    }

    static Finding finding(String what, JavaCall<?> call) {
        return new Finding(what + " " + shown(call), call.getOrigin(), call.getSourceCodeLocation());
    }
}
