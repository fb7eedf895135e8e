package dev.lambdaharness.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.Events;
import org.junit.jupiter.api.Test;

/**
 * What harness-core may use of the harness's other modules: their exported API, never their
 * {@code .internal} packages, and of the events only the event model (lambda-harness-event-model:
 * {@code EventPayload}, {@code Events}, the builders and the runtime's serialisation rules), never
 * the fixture catalogue (lambda-harness-events), which the enforcer also keeps out of core's
 * dependencies.
 */
class ModuleBoundaryTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.core");

    @Test
    void importedTheModuleWithItsUseOfTheEventModel() {
        assertThat(CORE.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName()))
                .contains("dev.lambdaharness.events.serialization");
    }

    @Test
    void coreUsesNoInternalPackageOfAnotherModule() {
        noClasses().should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage("dev.lambdaharness.core.."))))
                .because("another module's .internal package may change in any release; what core needs from it belongs "
                        + "in that module's exported API")
                .check(CORE);
    }

    @Test
    void coreUsesOfTheEventsOnlyTheEventModelsExportedApi() {
        noClasses().should().dependOnClassesThat(resideInAPackage("dev.lambdaharness.events..").and(not(eventModelApi())))
                .because("the fixture catalogue (EventFixtures, EventFixture and their loading) is 1.2 MB of JSON that a core "
                        + "user must not pull; core builds on lambda-harness-event-model only")
                .check(CORE);
    }

    private static DescribedPredicate<JavaClass> eventModelApi() {
        return resideInAnyPackage("dev.lambdaharness.events.builders", "dev.lambdaharness.events.serialization")
                .or(belongToAnyOf(EventPayload.class, Events.class))
                .as("the event model's exported API");
    }
}
