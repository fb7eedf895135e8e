package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.Optional;
import org.objectweb.asm.tree.MethodNode;

/**
 * A handler method has at most a bound of bytecode instructions (labels, line numbers and frames
 * do not count): it adapts the event and delegates, so the logic can be tested without Lambda.
 */
final class ThinHandlerCondition extends HandlerCondition {

    private final int maxInstructions;

    ThinHandlerCondition(Handlers handlers, int maxInstructions) {
        super(RuleId.HANDLER_METHODS_THIN, handlers, "have handler methods of at most " + maxInstructions + " bytecode instructions");
        if (maxInstructions < 1) {
            throw new IllegalArgumentException("maxInstructions is " + maxInstructions + ": a handler method needs at least 1 instruction; pass a bound of 1 or more");
        }
        this.maxInstructions = maxInstructions;
    }

    @Override
    void check(Handlers.Handler handler, ConditionEvents events) {
        if (handler.method() == null) {
            return;
        }
        JavaCodeUnit method = Handlers.typed(handler.method());
        if (Suppressions.suppressed(rule, handler.handlerClass(), method)) {
            return;
        }
        Optional<MethodNode> code = Bytecode.method(method);
        int count = code.map(Bytecode::instructions).orElse(0);
        if (count > maxInstructions) {
            violated(handler.handlerClass(), CallGraph.name(method) + " has " + count + " bytecode instructions, more than " + maxInstructions
                    + " " + method.getSourceCodeLocation() + ": move the logic into a class that does not depend on the Lambda runtime and call it", events);
        }
    }
}
