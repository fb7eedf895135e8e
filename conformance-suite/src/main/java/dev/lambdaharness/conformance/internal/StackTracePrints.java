package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds {@code Throwable.printStackTrace()}: the trace goes to stderr, one log event per line, outside the function's logger. */
final class StackTracePrints implements InvocationPathCondition.Check {

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            if (call.getTarget().getName().equals("printStackTrace") && call.getTarget().getRawParameterTypes().isEmpty()
                    && Calls.is(call.getTargetOwner(), "java.lang.Throwable")) {
                found.add(Calls.finding("prints a stack trace to stderr with", call));
            }
        }
        return found;
    }
}
