package dev.lambdaharness.core.internal.rewrite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decides from a class file's constant pool alone whether the class may use a hooked member (a
 * constructor's {@code <init>} included), so
 * that the many classes that do not are never handed to ASM. A class can only use
 * {@code System.getenv} if its pool holds a field or method reference to it, and reading the
 * pool is a single pass over bytes with no allocation beyond one offset table.
 *
 * <p>Any class file this scan cannot read is reported as having nothing to rewrite: the JVM then
 * rejects it with its own, precise, {@link ClassFormatError}.
 */
final class ConstantPoolScan {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_CLASS = 7;
    private static final int CONSTANT_FIELDREF = 9;
    private static final int CONSTANT_METHODREF = 10;
    private static final int CONSTANT_NAME_AND_TYPE = 12;

    /** Classes never rewritten: the JDK's own, and the hooks (which call the real members on purpose). */
    private static final byte[][] SKIPPED_PREFIXES = {
        ascii("java/"), ascii("dev/lambdaharness/core/internal/hooks/"),
    };

    /** Every name a call site may give an owner of hooked members ({@code java/net/Socket}, {@code javax/net/ssl/SSLSocket}). */
    private static final byte[][] OWNER_NAMES;
    /** For each entry of {@link #OWNER_NAMES}, the owner it names. */
    private static final HookedCall.Owner[] OWNERS;
    /** For each owner, by ordinal, the names of its hooked members. */
    private static final byte[][][] MEMBERS;

    static {
        List<byte[]> names = new ArrayList<>();
        List<HookedCall.Owner> owners = new ArrayList<>();
        MEMBERS = new byte[HookedCall.Owner.values().length][][];
        for (HookedCall.Owner owner : HookedCall.Owner.values()) {
            for (String name : owner.callSiteNames) {
                names.add(ascii(name));
                owners.add(owner);
            }
            MEMBERS[owner.ordinal()] = Arrays.stream(HookedCall.values())
                    .filter(call -> call.owner == owner)
                    .map(call -> call.name)
                    .distinct()
                    .map(ConstantPoolScan::ascii)
                    .toArray(byte[][]::new);
        }
        OWNER_NAMES = names.toArray(byte[][]::new);
        OWNERS = owners.toArray(HookedCall.Owner[]::new);
    }

    private ConstantPoolScan() {
    }

    /** True when {@code classFile} is a class outside the skipped packages that references a hooked member of {@code scopes}. */
    static boolean mayUseHookedMember(byte[] classFile, Set<HookedCall.Scope> scopes) {
        try {
            return scan(classFile, scopes);
        } catch (IndexOutOfBoundsException malformed) {
            return false;
        }
    }

    private static boolean scan(byte[] b, Set<HookedCall.Scope> scopes) {
        if (b.length < 10 || u4(b, 0) != MAGIC) {
            return false;
        }
        int count = u2(b, 8);
        int[] offsets = new int[count];
        int p = 10;
        boolean anyMemberRef = false;
        for (int i = 1; i < count; i++) {
            offsets[i] = p;
            int tag = b[p] & 0xFF;
            switch (tag) {
                case CONSTANT_UTF8 -> p += 3 + u2(b, p + 1);
                case 3, 4 -> p += 5; // Integer, Float
                case 5, 6 -> { // Long, Double take two slots
                    p += 9;
                    i++;
                }
                case CONSTANT_CLASS, 8, 16, 19, 20 -> p += 3; // Class, String, MethodType, Module, Package
                case CONSTANT_FIELDREF, CONSTANT_METHODREF -> {
                    anyMemberRef = true;
                    p += 5;
                }
                case 11, CONSTANT_NAME_AND_TYPE, 17, 18 -> p += 5; // InterfaceMethodref, NameAndType, (Invoke)Dynamic
                case 15 -> p += 4; // MethodHandle: refers to a Fieldref/Methodref, which is checked itself
                default -> {
                    return false;
                }
            }
        }
        if (!anyMemberRef) {
            return false;
        }
        int thisClass = u2(b, p + 2);
        int thisName = utf8Offset(b, offsets, classNameIndex(b, offsets, thisClass));
        for (byte[] prefix : SKIPPED_PREFIXES) {
            if (utf8StartsWith(b, thisName, prefix)) {
                return false;
            }
        }
        for (int i = 1; i < count; i++) {
            int off = offsets[i];
            if (off == 0) {
                continue; // second slot of a Long or Double
            }
            int tag = b[off] & 0xFF;
            if (tag != CONSTANT_FIELDREF && tag != CONSTANT_METHODREF) {
                continue;
            }
            HookedCall.Owner owner = owner(b, utf8Offset(b, offsets, classNameIndex(b, offsets, u2(b, off + 1))));
            if (owner == null || !scopes.contains(owner.scope)) {
                continue;
            }
            int nameAndType = offsets[u2(b, off + 3)];
            if ((b[nameAndType] & 0xFF) != CONSTANT_NAME_AND_TYPE) {
                return false;
            }
            int memberName = utf8Offset(b, offsets, u2(b, nameAndType + 1));
            for (byte[] member : MEMBERS[owner.ordinal()]) {
                if (utf8Equals(b, memberName, member)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Utf8 index a Class entry names; the caller's bounds check catches a wrong tag via the Utf8 check. */
    private static int classNameIndex(byte[] b, int[] offsets, int classIndex) {
        int off = offsets[classIndex];
        if ((b[off] & 0xFF) != CONSTANT_CLASS) {
            throw new IndexOutOfBoundsException("not a Class entry: " + classIndex);
        }
        return u2(b, off + 1);
    }

    /** Offset of the length field of the Utf8 entry at {@code index}. */
    private static int utf8Offset(byte[] b, int[] offsets, int index) {
        int off = offsets[index];
        if ((b[off] & 0xFF) != CONSTANT_UTF8) {
            throw new IndexOutOfBoundsException("not a Utf8 entry: " + index);
        }
        return off + 1;
    }

    private static HookedCall.Owner owner(byte[] b, int utf8) {
        for (int i = 0; i < OWNER_NAMES.length; i++) {
            if (utf8Equals(b, utf8, OWNER_NAMES[i])) {
                return OWNERS[i];
            }
        }
        return null;
    }

    private static boolean utf8Equals(byte[] b, int utf8, byte[] expected) {
        return u2(b, utf8) == expected.length && utf8StartsWith(b, utf8, expected);
    }

    private static boolean utf8StartsWith(byte[] b, int utf8, byte[] prefix) {
        int length = u2(b, utf8);
        return length >= prefix.length
                && Arrays.equals(b, utf8 + 2, utf8 + 2 + prefix.length, prefix, 0, prefix.length);
    }

    private static int u2(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static int u4(byte[] b, int i) {
        return (u2(b, i) << 16) | u2(b, i + 2);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
