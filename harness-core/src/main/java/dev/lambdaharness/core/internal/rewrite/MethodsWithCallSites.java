package dev.lambdaharness.core.internal.rewrite;

import java.util.BitSet;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds which methods of a class (by their position in the class file) use a hooked member, so
 * that the rewrite can let ASM copy every other method byte for byte instead of decoding and
 * re-encoding it: in a large library class with one {@code System.getProperty} that is most of the
 * work. It may name a method that ends up unchanged (a serializable method reference); it never
 * misses one that changes.
 */
final class MethodsWithCallSites extends ClassVisitor {

    private final BitSet found = new BitSet();
    private final Set<HookedCall.Scope> scopes;
    private int index = -1;

    private MethodsWithCallSites(Set<HookedCall.Scope> scopes) {
        super(Opcodes.ASM9);
        this.scopes = scopes;
    }

    /** The positions of the methods of {@code reader}'s class that use a hooked member of {@code scopes}. */
    static BitSet in(ClassReader reader, Set<HookedCall.Scope> scopes) {
        MethodsWithCallSites finder = new MethodsWithCallSites(scopes);
        reader.accept(finder, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return finder.found;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        int method = ++index;
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                mark(HookedCall.forInstruction(opcode, owner, name, descriptor, scopes) != null);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                    boolean isInterface) {
                mark(HookedCall.forInstruction(opcode, owner, name, descriptor, scopes) != null);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                for (Object argument : arguments) {
                    mark(argument instanceof Handle handle && HookedCall.forHandle(handle, scopes) != null);
                }
            }

            @Override
            public void visitLdcInsn(Object value) {
                mark(value instanceof Handle handle && HookedCall.forHandle(handle, scopes) != null);
            }

            private void mark(boolean hooked) {
                if (hooked) {
                    found.set(method);
                }
            }
        };
    }
}
