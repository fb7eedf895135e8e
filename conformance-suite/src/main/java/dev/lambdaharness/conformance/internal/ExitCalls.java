package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds calls that stop the JVM: {@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}. */
final class ExitCalls implements InvocationPathCondition.Check {

    private static final Set<String> EXITS = Set.of("java.lang.System.exit", "java.lang.Runtime.exit", "java.lang.Runtime.halt");

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        for (JavaCall<?> call : Calls.of(unit)) {
            if (EXITS.contains(call.getTargetOwner().getName() + "." + call.getTarget().getName())) {
                found.add(Calls.finding("stops the JVM with", call));
            }
        }
        return found;
    }
}
