package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * No code passes a string constant as the DynamoDB table, S3 bucket, SQS queue or SNS topic of an
 * SDK call ({@link ResourceParameters}): a literal at the call, or a static final field of an
 * analysed class that holds one ({@link ConstantArguments}). Every method of every analysed class
 * is read, static initialisers and constructors (INIT) and lambda bodies included, so the
 * invocation path is covered however deep the call is.
 */
final class ResourceNamesCondition extends ArchCondition<JavaClass> {

    private Map<String, JavaClass> analysed = Map.of();

    ResourceNamesCondition() {
        super("read table, bucket, queue and topic names from the environment");
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        analysed = allObjectsToTest.stream().collect(Collectors.toMap(c -> c.getName().replace('.', '/'), c -> c, (a, b) -> a));
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Optional<ClassNode> node = Bytecode.of(item);
        if (node.isEmpty() || Suppressions.suppressed(RuleId.RESOURCE_NAMES_IN_ENVIRONMENT, item, null)) {
            return;
        }
        Function<String, Optional<ClassNode>> classes = name -> Optional.ofNullable(analysed.get(name)).flatMap(Bytecode::of);
        LambdaBodies bodies = new LambdaBodies(node.get());
        String sourceFile = node.get().sourceFile == null ? item.getSimpleName() + ".java" : node.get().sourceFile;
        for (MethodNode method : node.get().methods) {
            MethodNode declaring = bodies.declaring(method);
            JavaCodeUnit unit = item.getCodeUnits().stream()
                    .filter(u -> u.getName().equals(declaring.name) && u.getDescriptor().equals(declaring.desc))
                    .findFirst().orElse(null);
            if (unit != null && Suppressions.suppressed(RuleId.RESOURCE_NAMES_IN_ENVIRONMENT, item, unit)) {
                continue;
            }
            ConstantArguments arguments = null;
            int line = -1;
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LineNumberNode number) {
                    line = number.line;
                }
                if (!(instruction instanceof MethodInsnNode call)) {
                    continue;
                }
                Optional<String> kind = ResourceParameters.kind(call);
                if (kind.isEmpty()) {
                    continue;
                }
                if (arguments == null) {
                    arguments = new ConstantArguments(node.get(), method, classes);
                }
                int at = line;
                arguments.argument(call, 0).ifPresent(constant -> events.add(SimpleConditionEvent.violated(item,
                        item.getName() + "." + declaring.name + " passes a hard-coded " + kind.get() + ", \"" + constant.value() + "\""
                                + (constant.field() == null ? "" : " (from " + constant.field() + ")") + ", to " + shown(call)
                                + " (" + sourceFile + ":" + at + ")" + RuleId.RESOURCE_NAMES_IN_ENVIRONMENT.reference())));
            }
        }
    }

    /** @return {@code PutItemRequest.Builder.tableName(String)}, {@code new PutItemRequest(String, Map)}: how messages show a call */
    private static String shown(MethodInsnNode call) {
        String owner = call.owner.substring(call.owner.lastIndexOf('/') + 1).replace('$', '.');
        String parameters = Arrays.stream(Type.getArgumentTypes(call.desc))
                .map(type -> type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1).replace('$', '.'))
                .collect(Collectors.joining(", "));
        return (call.name.equals("<init>") ? "new " + owner : owner + "." + call.name) + "(" + parameters + ")";
    }
}
