package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Finds writes of state that outlives the invocation: static fields, and fields of the handler
 * instance (which the runtime creates once per environment). A field declared as a cache with
 * {@code @SuppressLambdaRule(rule = "no-state-between-invocations", reason = ...)} is left out;
 * a constructor's writes to its own new object are not state between invocations.
 */
final class StateWrites implements InvocationPathCondition.Check {

    @Override
    public List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached) {
        List<Finding> found = new ArrayList<>();
        List<JavaFieldAccess> writes = unit.getFieldAccesses().stream()
                .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
                .sorted(Comparator.<JavaFieldAccess>comparingInt(JavaFieldAccess::getLineNumber).thenComparing(a -> a.getTarget().getFullName()))
                .toList();
        for (JavaFieldAccess write : writes) {
            Optional<JavaField> field = write.getTarget().resolveMember();
            if (field.isEmpty() || Suppressions.suppresses(RuleId.NO_STATE_BETWEEN_INVOCATIONS, field.get())) {
                continue;
            }
            String shown = field.get().getOwner().getSimpleName() + "." + field.get().getName();
            if (field.get().getModifiers().contains(JavaModifier.STATIC)) {
                found.add(new Finding("writes static field " + shown, unit, write.getSourceCodeLocation()));
            } else if (!(unit instanceof JavaConstructor) && chain.get(0).getOwner().isAssignableTo(field.get().getOwner().getName())) {
                found.add(new Finding("writes field " + shown + " of the handler instance", unit, write.getSourceCodeLocation()));
            }
        }
        return found;
    }
}
