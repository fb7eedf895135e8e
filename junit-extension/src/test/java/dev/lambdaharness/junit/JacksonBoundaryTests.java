package dev.lambdaharness.junit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.events.EventFixture;
import dev.lambdaharness.events.EventPayload;
import dev.lambdaharness.events.internal.JsonEventPayload;
import dev.lambdaharness.events.internal.fixtures.FixtureContent;
import dev.lambdaharness.events.json.JacksonTrees;
import dev.lambdaharness.junit.assertj.InvocationResultAssert;
import dev.lambdaharness.junit.assertj.JsonNodeAssert;
import dev.lambdaharness.junit.assertj.LambdaAssertions;
import dev.lambdaharness.junit.assertj.LambdaSoftAssertionsProvider;
import org.junit.jupiter.api.Test;

/**
 * The harness works on its own, relocated Jackson; the project's Jackson ({@code com.fasterxml.jackson})
 * is reached only where the API hands out or takes a {@code JsonNode}, and there only as JSON text.
 * Run here, where the event model, the fixtures, core and the extension are all on the class path.
 */
class JacksonBoundaryTests {

    private static final JavaClasses HARNESS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.events", "dev.lambdaharness.core", "dev.lambdaharness.junit");

    @Test
    void onlyTheApiBoundaryNamesTheProjectsJackson() {
        noClasses().that().resideOutsideOfPackage("dev.lambdaharness.internal.jackson..")
                .and(not(belongToAnyOf(EventPayload.class, JsonEventPayload.class, dev.lambdaharness.events.internal.Json.class,
                        FixtureContent.class, EventFixture.class, JacksonTrees.class, LambdaFunction.class,
                        InvocationResult.class, dev.lambdaharness.core.DeliveredRecord.class, JsonNodeAssert.class,
                        LambdaAssertions.class,
                        LambdaSoftAssertionsProvider.class, InvocationResultAssert.class,
                        dev.lambdaharness.junit.assertj.DeliveredRecordAssert.class,
                        dev.lambdaharness.junit.internal.assertj.Json.class)))
                .should().dependOnClassesThat(resideInAPackage("com.fasterxml.jackson.."))
                .because("the harness's own JSON work runs on dev.lambdaharness.internal.jackson, so a project's Jackson "
                        + "is never replaced, raised or needed by it")
                .check(HARNESS);
    }

    @Test
    void theHarnessUsesItsRelocatedJackson() {
        assertThat(HARNESS.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName()))
                .contains("dev.lambdaharness.internal.jackson.databind", "dev.lambdaharness.internal.jackson.core");
    }
}
