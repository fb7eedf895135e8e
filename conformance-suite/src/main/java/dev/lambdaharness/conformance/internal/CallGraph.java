package dev.lambdaharness.conformance.internal;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaCodeUnitReference;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The calls from a handler method across the analysed classes, built on ArchUnit's model of
 * method and constructor calls and method references: a call reaches the target and every
 * override of it in the analysed subclasses of its owner (so a call through an interface reaches
 * its implementations). Library and JDK code is not entered: only classes of the analysed set
 * are, so a finding is always in the project's own code.
 */
final class CallGraph {

    private static final Comparator<JavaAccessKey> ORDER = Comparator
            .comparingInt(JavaAccessKey::line).thenComparing(JavaAccessKey::target);

    private final Set<String> scope;

    /** @param analysed the classes whose code the graph enters */
    public CallGraph(Collection<JavaClass> analysed) {
        this.scope = analysed.stream().map(JavaClass::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** @return whether the class is one of the analysed set */
    public boolean analyses(JavaClass javaClass) {
        return scope.contains(javaClass.getName());
    }

    /**
     * @return every code unit reachable from the root, in breadth-first order (so the first path
     *     found is a shortest one), each mapped to the unit it was reached from (the root to null)
     */
    public Map<JavaCodeUnit, JavaCodeUnit> reach(JavaCodeUnit root) {
        Map<JavaCodeUnit, JavaCodeUnit> parents = new LinkedHashMap<>();
        parents.put(root, null);
        Deque<JavaCodeUnit> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            JavaCodeUnit unit = queue.removeFirst();
            for (JavaCodeUnit callee : callees(unit)) {
                if (!parents.containsKey(callee)) {
                    parents.put(callee, unit);
                    queue.addLast(callee);
                }
            }
        }
        return parents;
    }

    /** @return the analysed code units a unit may call, in source order */
    List<JavaCodeUnit> callees(JavaCodeUnit unit) {
        List<JavaAccessKey> accesses = new ArrayList<>();
        for (JavaCall<?> call : unit.getCallsFromSelf()) {
            accesses.add(new JavaAccessKey(call.getLineNumber(), call.getTarget().getFullName(), call.getTarget().getOwner(),
                    call.getTarget().getName(), call.getTarget().getRawParameterTypes(), call.getTarget().resolveMember().orElse(null)));
        }
        for (JavaCodeUnitReference<?> reference : unit.getCodeUnitReferencesFromSelf()) {
            accesses.add(new JavaAccessKey(reference.getLineNumber(), reference.getTarget().getFullName(), reference.getTarget().getOwner(),
                    reference.getTarget().getName(), reference.getTarget().getRawParameterTypes(), reference.getTarget().resolveMember().orElse(null)));
        }
        accesses.sort(ORDER);
        Set<JavaCodeUnit> callees = new LinkedHashSet<>();
        for (JavaAccessKey access : accesses) {
            if (access.resolved() != null && analyses(access.resolved().getOwner())) {
                callees.add(access.resolved());
            }
            if (!access.name().equals(JavaConstructor.CONSTRUCTOR_NAME)) {
                callees.addAll(overrides(access.owner(), access.name(), access.parameters()));
            }
        }
        return new ArrayList<>(callees);
    }

    /** Overrides in analysed subclasses, the targets of virtual dispatch the call's static type does not show. */
    private List<JavaMethod> overrides(JavaClass owner, String name, List<JavaClass> parameters) {
        List<String> names = parameters.stream().map(JavaClass::getName).toList();
        List<JavaMethod> found = new ArrayList<>();
        Set<JavaClass> seen = new HashSet<>();
        for (JavaClass subclass : owner.getAllSubclasses()) {
            if (!analyses(subclass) || !seen.add(subclass)) {
                continue;
            }
            for (JavaMethod method : subclass.getMethods()) {
                if (method.getName().equals(name) && !method.getModifiers().contains(JavaModifier.ABSTRACT)
                        && method.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(names)) {
                    found.add(method);
                }
            }
        }
        found.sort(Comparator.comparing(JavaMethod::getFullName));
        return found;
    }

    /** @return the path from the root to the unit, as {@code a.B.m -> a.C.n}, leaving out the compiler's bridge methods */
    public static String path(Map<JavaCodeUnit, JavaCodeUnit> parents, JavaCodeUnit unit) {
        Deque<String> steps = new ArrayDeque<>();
        for (JavaCodeUnit step = unit; step != null; step = parents.get(step)) {
            if (!isBridge(step)) {
                steps.addFirst(name(step));
            }
        }
        return String.join(" -> ", steps);
    }

    /** @return the units from the root to this one, root first */
    public static List<JavaCodeUnit> chain(Map<JavaCodeUnit, JavaCodeUnit> parents, JavaCodeUnit unit) {
        Deque<JavaCodeUnit> steps = new ArrayDeque<>();
        for (JavaCodeUnit step = unit; step != null; step = parents.get(step)) {
            steps.addFirst(step);
        }
        return new ArrayList<>(steps);
    }

    /** @return {@code owner.name}, without parameters: what messages call a method or constructor */
    public static String name(JavaCodeUnit unit) {
        return unit.getOwner().getName() + "." + unit.getName();
    }

    static boolean isBridge(JavaCodeUnit unit) {
        return unit.getModifiers().contains(JavaModifier.BRIDGE);
    }

    private record JavaAccessKey(int line, String target, JavaClass owner, String name, List<JavaClass> parameters, JavaCodeUnit resolved) {
    }
}
