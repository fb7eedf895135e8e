package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Every {@code @SuppressLambdaRule} names an existing rule and states a reason; one that does not suppresses nothing. */
final class SuppressionsCondition extends ArchCondition<JavaClass> {

    SuppressionsCondition() {
        super("state a reason in each @SuppressLambdaRule and name an existing rule");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        check(item, item.getName(), item, events);
        for (JavaField field : item.getFields()) {
            check(item, item.getName() + "." + field.getName(), field, events);
        }
        for (JavaCodeUnit unit : item.getCodeUnits()) {
            check(item, CallGraph.name(unit), unit, events);
        }
    }

    private static void check(JavaClass item, String where, HasAnnotations<?> element, ConditionEvents events) {
        for (Suppressions.Suppression suppression : Suppressions.on(element)) {
            String rule = suppression.rule();
            if (RuleId.of(rule).isEmpty()) {
                violated(item, "@SuppressLambdaRule on " + where + " names rule \"" + rule + "\", which does not exist: name one of "
                        + RuleId.all(), events);
            } else if (!suppression.hasReason()) {
                violated(item, "@SuppressLambdaRule(rule = \"" + rule + "\") on " + where
                        + " states no reason, so it suppresses nothing: say in reason = \"...\" why the rule does not apply here", events);
            }
        }
    }

    private static void violated(JavaClass item, String message, ConditionEvents events) {
        events.add(SimpleConditionEvent.violated(item, message + RuleId.SUPPRESSIONS_STATE_A_REASON.reference()));
    }
}
