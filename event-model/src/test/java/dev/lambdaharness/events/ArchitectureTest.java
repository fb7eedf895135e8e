package dev.lambdaharness.events;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The event model is API other modules build on: {@code EventPayload}, {@code Events}, the
 * builders and the runtime's serialisation rules are exported, and none of them hands out a type
 * of its {@code .internal} package, so neither users nor the harness's modules ever import it.
 */
class ArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.events");

    private static final DescribedPredicate<JavaClass> INTERNAL = resideInAPackage("..internal..");

    @Test
    void importedTheWholeModule() {
        assertThat(MODEL.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.events.builders")).count()).isGreaterThan(15);
        assertThat(MODEL.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.events.serialization")).count())
                .isGreaterThanOrEqualTo(4);
        assertThat(MODEL.stream().filter(c -> c.getPackageName().contains(".internal")).count()).isGreaterThan(10);
    }

    @Test
    void exportedMethodsTakeAndReturnNoInternalType() {
        codeUnits().that().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().notHaveRawReturnType(INTERNAL)
                .andShould().notHaveRawParameterTypes(anyElementThat(INTERNAL))
                .because("harness-core and the fixtures use the exported packages as API; .internal may change in any release")
                .check(MODEL);
    }

    @Test
    void theSerializationRulesAreTheOnlyExportedCodeOnTheOptionalLibraries() {
        classes().that().resideInAnyPackage("dev.lambdaharness.events", "dev.lambdaharness.events.builders")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("com.amazonaws..")
                .because("aws-lambda-java-serialization and aws-lambda-java-core are optional: only typed reading may load them")
                .check(MODEL);
    }
}
