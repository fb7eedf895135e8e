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
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.Events;

/**
 * What harness-core may use of the harness's other modules: their exported API, never their
 * {@code .internal} packages, and of the events only the event model (lambda-harness-event-model:
 * {@code EventPayload}, {@code Events}, the builders and the runtime's serialisation rules), never
 * the fixture catalogue (lambda-harness-events), which the enforcer also keeps out of core's
 * dependencies.
 */
@AnalyzeClasses(packages = "dev.lambdaharness.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

    private static final DescribedPredicate<JavaClass> EVENT_MODEL_API =
            resideInAnyPackage("dev.lambdaharness.events.builders", "dev.lambdaharness.events.serialization",
                    "dev.lambdaharness.events.json")
                    .or(belongToAnyOf(EventPayload.class, Events.class))
                    .as("the event model's exported API");

    @ArchTest
    static final ArchRule NO_INTERNAL_PACKAGE_OF_ANOTHER_MODULE = noClasses()
            .should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage("dev.lambdaharness.core..")))
                    // The harness's relocated Jackson, shipped in the event model's jar: a library, not that module's code.
                    .and(not(resideInAPackage("dev.lambdaharness.internal.jackson.."))))
            .because("another module's .internal package may change in any release; what core needs from it belongs "
                    + "in that module's exported API");

    @ArchTest
    static final ArchRule OF_THE_EVENTS_ONLY_THE_EVENT_MODEL = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.lambdaharness.events..").and(not(EVENT_MODEL_API)))
            .because("the fixture catalogue (EventFixtures, EventFixture and their loading) is 1.2 MB of JSON that a core "
                    + "user must not pull; core builds on lambda-harness-event-model only");

    /** The rules above would pass on an empty import; core does use the serialisation rules. */
    @ArchTest
    static void importedCoreWithItsUseOfTheEventModel(JavaClasses core) {
        assertThat(core.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName()))
                .contains("dev.lambdaharness.events.serialization");
    }
}
