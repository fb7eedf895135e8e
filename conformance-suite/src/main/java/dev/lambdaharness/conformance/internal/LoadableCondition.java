package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ConditionEvents;

/**
 * Each handler resolves as the runtime resolves it (the core's resolution says why not, in the
 * runtime's words) and, when the runtime creates an instance, its class is public, not a
 * non-static inner class and has a public no-argument constructor.
 */
final class LoadableCondition extends HandlerCondition {

    LoadableCondition(Handlers handlers) {
        super(RuleId.HANDLERS_LOADABLE, handlers, "load as the runtime loads them");
    }

    @Override
    void check(Handlers.Handler handler, ConditionEvents events) {
        JavaClass handlerClass = handler.handlerClass();
        if (Suppressions.suppressed(rule, handlerClass, null)) {
            return;
        }
        if (handler.problem() != null) {
            violated(handlerClass, "Handler " + handler.handler() + " does not resolve: " + handler.problem(), events);
        }
        if (!handler.needsInstance()) {
            return;
        }
        String name = handlerClass.getName();
        if (handlerClass.isInnerClass()) {
            violated(handlerClass, "Class " + name + " cannot be instantiated because it is a non-static inner class: declare it static or top-level", events);
        } else if (!handlerClass.getModifiers().contains(JavaModifier.PUBLIC)) {
            violated(handlerClass, "Class " + name + " is not public, so the runtime cannot call its constructor: declare it public", events);
        } else if (handlerClass.getConstructors().stream().noneMatch(LoadableCondition::publicNoArgument)) {
            violated(handlerClass, "Class " + name + " has no public zero-argument constructor: add one, and create what the handler needs in it", events);
        }
    }

    private static boolean publicNoArgument(JavaConstructor constructor) {
        return constructor.getModifiers().contains(JavaModifier.PUBLIC) && constructor.getRawParameterTypes().isEmpty();
    }
}
