package dev.lambdaharness.conformance;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Users see {@code LambdaRules}, {@code SuppressLambdaRule} and ArchUnit's types, never a type of {@code .internal}. */
class ArchitectureTest {

    private static final JavaClasses SUITE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.conformance");

    @Test
    void usesNoInternalPackageOfAnotherModule() {
        noClasses().should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage("dev.lambdaharness.conformance.."))))
                .because("another module's .internal package may change in any release; what the rules need belongs in its exported API")
                .check(SUITE);
    }

    @Test
    void exportedMembersTakeAndReturnNoInternalType() {
        codeUnits().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().notHaveRawReturnType(resideInAPackage("..internal.."))
                .andShould().notHaveRawParameterTypes(anyElementThat(resideInAPackage("..internal..")))
                .because("the internal package may change in any release")
                .check(SUITE);
        fields().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().notHaveRawType(resideInAPackage("..internal.."))
                .check(SUITE);
    }
}
