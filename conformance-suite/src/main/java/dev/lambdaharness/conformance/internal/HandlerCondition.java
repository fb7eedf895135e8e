package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A condition checked on each handler of the analysed classes; the handlers are resolved and the
 * call graph is built once per evaluation, over all the classes the rule is evaluated on.
 */
abstract class HandlerCondition extends ArchCondition<JavaClass> {

    final RuleId rule;
    private final Handlers handlers;
    CallGraph graph;
    private Map<JavaClass, List<Handlers.Handler>> found = Map.of();

    HandlerCondition(RuleId rule, Handlers handlers, String description) {
        super(description);
        this.rule = rule;
        this.handlers = handlers;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        graph = new CallGraph(allObjectsToTest);
        found = handlers.resolve(allObjectsToTest);
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        for (Handlers.Handler handler : found.getOrDefault(item, List.of())) {
            check(handler, events);
        }
    }

    abstract void check(Handlers.Handler handler, ConditionEvents events);

    void violated(JavaClass item, String message, ConditionEvents events) {
        events.add(SimpleConditionEvent.violated(item, message + rule.reference()));
    }
}
