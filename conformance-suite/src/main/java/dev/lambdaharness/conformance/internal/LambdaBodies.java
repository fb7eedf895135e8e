package dev.lambdaharness.conformance.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which method declares each lambda body of a class: javac compiles a lambda to a synthetic
 * method of the same class, and a rule reports what is in it where the user wrote it, in the
 * enclosing method (ArchUnit's model does the same for calls).
 */
final class LambdaBodies {

    private final Map<String, MethodNode> byKey = new HashMap<>();
    private final Map<String, String> declaredIn = new HashMap<>();

    LambdaBodies(ClassNode node) {
        for (MethodNode method : node.methods) {
            byKey.put(key(method.name, method.desc), method);
        }
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode instruction : method.instructions) {
                if (instruction instanceof InvokeDynamicInsnNode indy) {
                    for (Object argument : indy.bsmArgs) {
                        if (argument instanceof Handle handle && handle.getOwner().equals(node.name)
                                && byKey.containsKey(key(handle.getName(), handle.getDesc()))
                                && (byKey.get(key(handle.getName(), handle.getDesc())).access & Opcodes.ACC_SYNTHETIC) != 0) {
                            declaredIn.putIfAbsent(key(handle.getName(), handle.getDesc()), key(method.name, method.desc));
                        }
                    }
                }
            }
        }
    }

    /** @return whether the method is the body of a lambda of this class */
    boolean isBody(MethodNode method) {
        return declaredIn.containsKey(key(method.name, method.desc));
    }

    /** @return the method the user wrote the code in: the method itself, or for a lambda body the method (outermost, for nested lambdas) that declares it */
    MethodNode declaring(MethodNode method) {
        MethodNode current = method;
        for (int depth = 0; depth < byKey.size() && isBody(current); depth++) {
            current = byKey.get(declaredIn.get(key(current.name, current.desc)));
        }
        return current;
    }

    /** @return the method with this name and descriptor, if the class has it */
    Optional<MethodNode> method(String name, String desc) {
        return Optional.ofNullable(byKey.get(key(name, desc)));
    }

    private static String key(String name, String desc) {
        return name + desc;
    }
}
