package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class that depends on {@code com.amazonaws.services.lambda.runtime} (its handler interfaces,
 * {@code Context}, {@code LambdaLogger}, the events) holds adapter code only: each of its methods,
 * other than the handler methods ({@link ThinHandlerCondition} bounds those), constructors and
 * static initialisers, has at most a bound of bytecode instructions, its lambda bodies included.
 * A method over the bound is business logic written where only Lambda can run it.
 */
final class RuntimeLogicCondition extends ArchCondition<JavaClass> {

    static final String RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime";
    private static final int SHOWN_TYPES = 3;

    private final Handlers handlers;
    private final int maxInstructions;
    private Set<JavaCodeUnit> handlerMethods = Set.of();

    RuntimeLogicCondition(Handlers handlers, int maxInstructions) {
        super("keep business logic out of classes that depend on the Lambda runtime (methods of at most " + maxInstructions + " bytecode instructions)");
        if (maxInstructions < 1) {
            throw new IllegalArgumentException("maxInstructions is " + maxInstructions + ": a method needs at least 1 instruction; pass a bound of 1 or more");
        }
        this.handlers = handlers;
        this.maxInstructions = maxInstructions;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        Set<JavaCodeUnit> methods = new HashSet<>();
        for (List<Handlers.Handler> found : handlers.resolve(allObjectsToTest).values()) {
            for (Handlers.Handler handler : found) {
                if (handler.method() != null) {
                    methods.add(handler.method());
                    methods.add(Handlers.typed(handler.method()));
                }
            }
        }
        handlerMethods = methods;
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Set<String> runtimeTypes = runtimeTypes(item);
        Optional<ClassNode> node = Bytecode.of(item);
        if (runtimeTypes.isEmpty() || node.isEmpty()) {
            return;
        }
        LambdaBodies bodies = new LambdaBodies(node.get());
        for (JavaMethod method : item.getMethods()) {
            if (handlerMethods.contains(method) || method.getModifiers().contains(JavaModifier.BRIDGE)
                    || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                    || Suppressions.suppressed(RuleId.LOGIC_OUTSIDE_RUNTIME_CLASSES, item, method)) {
                continue;
            }
            int count = instructions(node.get(), bodies, method);
            if (count > maxInstructions) {
                events.add(SimpleConditionEvent.violated(item, CallGraph.name(method) + " has " + count + " bytecode instructions, more than "
                        + maxInstructions + ", in a class that depends on the Lambda runtime (" + shown(runtimeTypes) + ") "
                        + method.getSourceCodeLocation() + ": move the logic into a class that does not depend on the Lambda runtime and call it"
                        + RuleId.LOGIC_OUTSIDE_RUNTIME_CLASSES.reference()));
            }
        }
    }

    /** @return the method's instructions and those of the lambda bodies it declares */
    private static int instructions(ClassNode node, LambdaBodies bodies, JavaMethod method) {
        int count = 0;
        for (MethodNode candidate : node.methods) {
            MethodNode declaring = bodies.declaring(candidate);
            if (declaring.name.equals(method.getName()) && declaring.desc.equals(method.getDescriptor())) {
                count += Bytecode.instructions(candidate);
            }
        }
        return count;
    }

    /** @return the first types by name, and how many more: enough to see why the class counts, short enough to read */
    private static String shown(Set<String> types) {
        List<String> names = List.copyOf(types);
        return names.size() <= SHOWN_TYPES ? String.join(", ", names)
                : String.join(", ", names.subList(0, SHOWN_TYPES)) + " and " + (names.size() - SHOWN_TYPES) + " more";
    }

    /** @return the simple names of the runtime's types the class depends on, sorted; empty when it depends on none */
    private static Set<String> runtimeTypes(JavaClass item) {
        Set<String> types = new TreeSet<>();
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            if (target.getPackageName().equals(RUNTIME_PACKAGE) || target.getPackageName().startsWith(RUNTIME_PACKAGE + ".")) {
                types.add(target.getSimpleName());
            }
        }
        return types;
    }
}
