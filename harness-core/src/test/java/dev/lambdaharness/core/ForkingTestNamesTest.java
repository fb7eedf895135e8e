package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lambdaharness.core.internal.child.ChildJvm;
import dev.lambdaharness.core.internal.forked.ForkedEnvironment;
import dev.lambdaharness.core.internal.forked.ForkedSpares;
import dev.lambdaharness.core.oracle.RicOracle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code mvn test} free of child JVMs: a test class that starts one (through the child
 * launcher, a forked environment, the oracle, a {@link ProcessBuilder}, or a function deployed with
 * {@link Isolation#FORKED}), or that uses a helper of the tests that does, is named {@code *IT}, so
 * that Failsafe runs it in {@code mvn verify} and Surefire leaves it out.
 *
 * <p>Example of what it refuses: {@code class SparesTest { @Test void x() { new ForkedSpares(...); } }}.
 */
class ForkingTestNamesTest {

    /** What starts a child JVM when a class uses it directly. */
    private static final Set<String> STARTS_A_CHILD = Set.of(ChildJvm.class.getName(), ForkedEnvironment.class.getName(),
            ForkedSpares.class.getName(), RicOracle.class.getName(), ProcessBuilder.class.getName());

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.core", "probe");

    /** Top-level classes holding a JUnit test method, themselves or in a nested class. */
    private static final Set<JavaClass> TEST_CLASSES = TESTS.stream()
            .filter(type -> type.getMethods().stream().anyMatch(ForkingTestNamesTest::isJUnitTest))
            .map(ForkingTestNamesTest::topLevel)
            .collect(Collectors.toSet());

    @Test
    void importedTheTestsThatStartChildJvms() {
        assertThat(TESTS.contain(ForkingTestNamesTest.class)).isTrue();
        assertThat(forkingTestClasses()).contains("dev.lambdaharness.core.internal.forked.ForkedEnvironmentIT",
                "dev.lambdaharness.core.oracle.RicOracleIT", "dev.lambdaharness.core.differential.DifferentialCorpusIT",
                "dev.lambdaharness.core.internal.inprocess.EnvironmentLeakIT");
    }

    @Test
    void testClassesThatStartAChildJvmAreNamedIt() {
        List<String> misnamed = forkingTestClasses().stream().filter(name -> !name.endsWith("IT")).toList();

        assertThat(misnamed)
                .as("These test classes start a child JVM, but Surefire runs them in mvn test, which must start none."
                        + " Rename each to end in IT: Failsafe then runs it in mvn verify.")
                .isEmpty();
    }

    /** Top-level test classes (holding a JUnit test, or nesting one) that start a child JVM, directly or through a helper. */
    private static Set<String> forkingTestClasses() {
        Set<String> forking = new TreeSet<>();
        for (JavaClass type : TESTS) {
            if (isTest(type) && (startsAChild(type) || usesAForkingHelper(type))) {
                forking.add(topLevel(type).getName());
            }
        }
        return forking;
    }

    private static boolean usesAForkingHelper(JavaClass type) {
        return accessedClasses(type).stream()
                .filter(target -> !topLevel(target).equals(topLevel(type)))
                .filter(target -> TESTS.contain(target.getName()) && !isTest(target))
                .anyMatch(ForkingTestNamesTest::startsAChild);
    }

    private static boolean startsAChild(JavaClass type) {
        boolean usesTheLauncher = accessedClasses(type).stream().anyMatch(target -> STARTS_A_CHILD.contains(target.getName()));
        return usesTheLauncher || type.getCodeUnits().stream().anyMatch(ForkingTestNamesTest::deploysForked);
    }

    /** The classes whose constructors, methods or fields {@code type}'s code uses (not those it only names). */
    private static Set<JavaClass> accessedClasses(JavaClass type) {
        return type.getAccessesFromSelf().stream().map(JavaAccess::getTargetOwner).collect(Collectors.toSet());
    }

    /** Reads {@code Isolation.FORKED} and hands it to the runtime in one method (or lambda): a forked function. */
    private static boolean deploysForked(JavaCodeUnit unit) {
        boolean readsForked = unit.getFieldAccesses().stream().anyMatch(access -> access.getTarget().getName().equals("FORKED")
                && access.getTarget().getOwner().isEquivalentTo(Isolation.class));
        boolean callsTheRuntime = unit.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().isEquivalentTo(LambdaRuntime.class)
                        || call.getTargetOwner().isEquivalentTo(LambdaRuntime.Builder.class));
        return readsForked && callsTheRuntime;
    }

    private static boolean isTest(JavaClass type) {
        return TEST_CLASSES.contains(topLevel(type));
    }

    private static boolean isJUnitTest(JavaMethod method) {
        return method.getAnnotations().stream().map(annotation -> annotation.getRawType().getPackageName())
                .anyMatch(name -> name.startsWith("org.junit.jupiter.api") || name.startsWith("org.junit.jupiter.params"));
    }

    private static JavaClass topLevel(JavaClass type) {
        Optional<JavaClass> enclosing = type.getEnclosingClass();
        return enclosing.isPresent() ? topLevel(enclosing.get()) : type;
    }
}
