package dev.lambdaharness.core.internal.runtimeset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Only the harness's runtime-side classes (defined again by {@link RuntimeSideLoader} over the
 * runtime set) and the child's client use the runtime's libraries. A test-side class that used
 * {@code Context} or a serialiser would link the test class path's copy, which may be a project's
 * older core or aws-lambda-java-tests' serialization 1.0.0.
 */
class RuntimeSideBoundaryTest {

    private static final JavaClasses HARNESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.core", "dev.lambdaharness.events");

    private static final DescribedPredicate<JavaClass> RUNTIME_SIDE = DescribedPredicate.describe(
            "the runtime side (" + String.join(", ", RuntimeSideLoader.RUNTIME_SIDE_PACKAGES) + ") or the child's client"
                    + " or network agent",
            type -> RuntimeSideLoader.isRuntimeSideHarnessClass(type.getName())
                    || type.getPackageName().equals("dev.lambdaharness.core.internal.forked.client")
                    // Runs only in a forked child, where it and the hooks share the system class path.
                    || type.getPackageName().equals("dev.lambdaharness.core.internal.forked.agent"));

    private static final DescribedPredicate<JavaClass> RUNTIME_LIBRARIES = DescribedPredicate.describe(
            "aws-lambda-java-core or aws-lambda-java-serialization",
            type -> (type.getPackageName().startsWith("com.amazonaws.services.lambda.runtime")
                    && !type.getPackageName().startsWith("com.amazonaws.services.lambda.runtime.events"))
                    || type.getPackageName().startsWith("com.amazonaws.lambda.thirdparty"));

    @Test
    void onlyTheRuntimeSideUsesTheRuntimesLibraries() {
        ArchRule rule = noClasses().that(DescribedPredicate.not(RUNTIME_SIDE))
                .should().dependOnClassesThat(RUNTIME_LIBRARIES)
                .because("the test side must exchange only JDK and harness types with the runtime side");

        rule.check(HARNESS);
    }

    @Test
    void theTestSideReachesTheRuntimeSideOnlyThroughItsDoor() {
        DescribedPredicate<JavaClass> runtimeSideClasses = DescribedPredicate.describe("a runtime-side class",
                type -> RuntimeSideLoader.isRuntimeSideHarnessClass(type.getName())
                        // An interface of JDK types only, implemented on the test side: nothing of the runtime's to link.
                        && !type.getName().equals("dev.lambdaharness.events.serialization.RuntimeSidePayloads"));
        // The event model read alone (no lambda-harness-core, so no runtime side) reads typed events with the test class path's libraries.
        DescribedPredicate<JavaClass> eventModelWithoutCore = DescribedPredicate.describe("the event model's reading without core",
                type -> type.getName().equals("dev.lambdaharness.events.internal.JsonEventPayload"));
        // Static analysis (the conformance rules) resolves a handler with the project's own class loader and
        // compares with the handler interfaces that loader links, the project's; no function code runs there.
        DescribedPredicate<JavaClass> staticResolution = DescribedPredicate.describe("the static handler resolution",
                type -> type.getName().equals("dev.lambdaharness.core.HandlerMethods"));
        ArchRule rule = noClasses().that(DescribedPredicate.not(RUNTIME_SIDE).and(DescribedPredicate.not(eventModelWithoutCore))
                        .and(DescribedPredicate.not(staticResolution)))
                .should().dependOnClassesThat(runtimeSideClasses)
                .because("a test-side reference would load a second copy of the class from the test class path, linked"
                        + " against its runtime libraries; RuntimeSide is the door");

        rule.check(HARNESS);
    }

    @Test
    void theRuntimeSideDoesUseThem() {
        assertThat(HARNESS.stream().filter(RUNTIME_SIDE)
                .flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .map(dependency -> dependency.getTargetClass()))
                .anyMatch(RUNTIME_LIBRARIES);
    }
}
