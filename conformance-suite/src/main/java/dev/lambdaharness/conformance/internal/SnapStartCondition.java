package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * SnapStart uniqueness, the pattern of AWS's SnapStart scanner: a field of a handler class (or of
 * its analysed superclasses) assigned during INIT (static initialiser or constructor) from a
 * random generator, a UUID or the clock. Every environment restored from one snapshot shares
 * the value. Classes implementing {@code org.crac.Resource} (which can refresh the field in
 * {@code afterRestore}) are left out, as the scanner leaves them out.
 */
final class SnapStartCondition extends HandlerCondition {

    private static final String CRAC_RESOURCE = "org.crac.Resource";
    private static final Set<String> CREATED_SOURCES = Set.of("java/util/Random", "java/security/SecureRandom", "java/util/SplittableRandom");
    private static final Map<String, String> CALLED_SOURCES = Map.of(
            "java/util/UUID.randomUUID", "UUID.randomUUID()",
            "java/lang/System.currentTimeMillis", "System.currentTimeMillis()",
            "java/lang/System.nanoTime", "System.nanoTime()",
            "java/lang/Math.random", "Math.random()",
            "java/time/Instant.now", "Instant.now()",
            "java/time/LocalDateTime.now", "LocalDateTime.now()",
            "java/time/ZonedDateTime.now", "ZonedDateTime.now()",
            "java/time/OffsetDateTime.now", "OffsetDateTime.now()");

    SnapStartCondition(Handlers handlers) {
        super(RuleId.SNAPSTART_UNIQUENESS, handlers, "capture no random, time or id value during INIT");
    }

    @Override
    void check(Handlers.Handler handler, ConditionEvents events) {
        List<JavaClass> classes = new ArrayList<>(List.of(handler.handlerClass()));
        handler.handlerClass().getAllRawSuperclasses().stream().filter(graph::analyses).forEach(classes::add);
        for (JavaClass javaClass : classes) {
            if (javaClass.isAssignableTo(CRAC_RESOURCE) || Suppressions.suppressed(rule, handler.handlerClass(), null)
                    || Suppressions.suppresses(rule, javaClass)) {
                continue;
            }
            Bytecode.of(javaClass).ifPresent(node -> check(handler.handlerClass(), javaClass, node, events));
        }
    }

    private void check(JavaClass handlerClass, JavaClass javaClass, ClassNode node, ConditionEvents events) {
        for (MethodNode method : node.methods) {
            if (!method.name.equals("<clinit>") && !method.name.equals("<init>")) {
                continue;
            }
            String source = null;
            int line = -1;
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof LineNumberNode number) {
                    line = number.line;
                } else if (instruction instanceof TypeInsnNode type && type.getOpcode() == Opcodes.NEW && CREATED_SOURCES.contains(type.desc)) {
                    source = "new " + type.desc.substring(type.desc.lastIndexOf('/') + 1) + "()";
                } else if (instruction instanceof MethodInsnNode call && CALLED_SOURCES.containsKey(call.owner + "." + call.name)) {
                    source = CALLED_SOURCES.get(call.owner + "." + call.name);
                } else if (instruction instanceof VarInsnNode store && store.getOpcode() >= Opcodes.ISTORE && store.getOpcode() <= Opcodes.ASTORE) {
                    source = null; // kept in a local: what the field then gets is not known to be it
                } else if (instruction instanceof FieldInsnNode put
                        && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)) {
                    if (source != null && put.owner.equals(node.name)) {
                        String kind = put.getOpcode() == Opcodes.PUTSTATIC ? "static field " : "field ";
                        violated(handlerClass, javaClass.getName() + "." + method.name + " captures " + source + " during INIT in " + kind
                                + javaClass.getSimpleName() + "." + put.name + " (" + node.sourceFile + ":" + line + ")"
                                + ": every environment restored from one SnapStart snapshot shares it", events);
                    }
                    source = null;
                }
            }
        }
    }
}
