package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ConditionEvents;
import java.util.ArrayList;
import java.util.HashSet;
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
 * its analysed superclasses) assigned before the snapshot (static initialiser, constructor, or a
 * CRaC {@code beforeCheckpoint}) from a {@code java.util.Random}, a UUID or the clock. Every
 * environment restored from one snapshot shares the value. A field that the class's
 * {@code afterRestore} assigns again is refreshed, and passes; keeping a {@code SecureRandom}
 * passes too, as the scanner's own cases count it safe, but a value drawn from any generator
 * during INIT does not.
 */
final class SnapStartCondition extends HandlerCondition {

    private static final Set<String> CREATED_SOURCES = Set.of("java/util/Random", "java/util/SplittableRandom");
    /** A value drawn from any generator during INIT is shared, even from a SecureRandom (which itself is safe to keep). */
    private static final Set<String> GENERATORS = Set.of(
            "java/util/Random", "java/security/SecureRandom", "java/util/SplittableRandom", "java/util/concurrent/ThreadLocalRandom");
    private static final Map<String, String> CALLED_SOURCES = Map.of(
            "java/util/UUID.randomUUID", "UUID.randomUUID()",
            "java/lang/System.currentTimeMillis", "System.currentTimeMillis()",
            "java/lang/System.nanoTime", "System.nanoTime()",
            "java/lang/Math.random", "Math.random()",
            "java/time/Instant.now", "Instant.now()",
            "java/time/Clock.instant", "Clock.instant()",
            "java/time/Clock.millis", "Clock.millis()",
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
            if (Suppressions.suppressed(rule, handler.handlerClass(), null)
                    || Suppressions.suppresses(rule, javaClass)) {
                continue;
            }
            Bytecode.of(javaClass).ifPresent(node -> check(handler.handlerClass(), javaClass, node, events));
        }
    }

    private void check(JavaClass handlerClass, JavaClass javaClass, ClassNode node, ConditionEvents events) {
        Set<String> refreshed = new HashSet<>();
        for (MethodNode method : node.methods) {
            if (method.name.equals("afterRestore")) {
                for (AbstractInsnNode instruction : method.instructions) {
                    if (instruction instanceof FieldInsnNode put && put.owner.equals(node.name)
                            && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)) {
                        refreshed.add(put.name);
                    }
                }
            }
        }
        for (MethodNode method : node.methods) {
            String phase = switch (method.name) {
                case "<clinit>", "<init>" -> "during INIT";
                case "beforeCheckpoint" -> "before the checkpoint";
                default -> null;
            };
            if (phase == null) {
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
                } else if (instruction instanceof MethodInsnNode draw && GENERATORS.contains(draw.owner) && draw.name.startsWith("next")) {
                    source = draw.owner.substring(draw.owner.lastIndexOf('/') + 1) + "." + draw.name + "()";
                } else if (instruction instanceof VarInsnNode store && store.getOpcode() >= Opcodes.ISTORE && store.getOpcode() <= Opcodes.ASTORE) {
                    source = null; // kept in a local: what the field then gets is not known to be it
                } else if (instruction instanceof FieldInsnNode put
                        && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)) {
                    if (source != null && put.owner.equals(node.name) && !refreshed.contains(put.name)) {
                        String kind = put.getOpcode() == Opcodes.PUTSTATIC ? "static field " : "field ";
                        violated(handlerClass, javaClass.getName() + "." + method.name + " captures " + source + " " + phase + " in " + kind
                                + javaClass.getSimpleName() + "." + put.name + " (" + node.sourceFile + ":" + line + ")"
                                + ": every environment restored from one SnapStart snapshot shares it", events);
                    }
                    source = null;
                }
            }
        }
    }
}
