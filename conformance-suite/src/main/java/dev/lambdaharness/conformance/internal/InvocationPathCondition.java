package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows the call graph from each handler method and reports what a {@link Check} finds in the
 * code reached, with the path that reaches it, unless a {@code @SuppressLambdaRule} with a reason
 * on the handler class, the finding's class or its method suppresses the rule.
 */
final class InvocationPathCondition extends HandlerCondition {

    /**
     * Finds violations in one code unit; the chain is the path from the handler method to it, root
     * first, and reached is all the handler method reaches.
     */
    @FunctionalInterface
    interface Check {
        List<Finding> findings(JavaCodeUnit unit, List<JavaCodeUnit> chain, Set<JavaCodeUnit> reached);
    }

    private final Check check;

    InvocationPathCondition(RuleId rule, Handlers handlers, String description, Check check) {
        super(rule, handlers, description);
        this.check = check;
    }

    @Override
    void check(Handlers.Handler handler, ConditionEvents events) {
        if (handler.method() == null) {
            return; // reported by the handlers-loadable rule
        }
        Map<JavaCodeUnit, JavaCodeUnit> reached = graph.reach(handler.method());
        for (JavaCodeUnit unit : reached.keySet()) {
            for (Finding finding : check.findings(unit, CallGraph.chain(reached, unit), reached.keySet())) {
                if (!Suppressions.suppressed(rule, handler.handlerClass(), finding.where())) {
                    violated(handler.handlerClass(), CallGraph.name(handler.method()) + " " + finding.what() + " in "
                            + CallGraph.name(finding.where()) + " " + finding.location()
                            + ", through " + CallGraph.path(reached, unit), events);
                }
            }
        }
    }
}
