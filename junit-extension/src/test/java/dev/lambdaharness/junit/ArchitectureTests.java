package dev.lambdaharness.junit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Keeps the extension's public API small and free of implementation and engine types. */
class ArchitectureTests {

    private static final JavaClasses JUNIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.junit");

    @Test
    void importedTheWholeModule() {
        assertThat(JUNIT.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.junit")).count())
                .isGreaterThan(6);
        assertThat(JUNIT.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.junit.internal")).count())
                .isGreaterThan(10);
    }

    @Test
    void theApiPackageHoldsOnlyTheApi() {
        classes().that().resideInAPackage("dev.lambdaharness.junit").and().areTopLevelClasses()
                .should().bePublic().orShould().haveSimpleName("package-info")
                .because("implementation lives in dev.lambdaharness.junit.internal")
                .check(JUNIT);
    }

    @Test
    void publicApiSignaturesMentionNoInternalType() {
        members().that().areDeclaredInClassesThat(DescribedPredicate.describe("public API types",
                        (JavaClass c) -> c.getModifiers().contains(JavaModifier.PUBLIC)
                                && !c.getPackageName().contains(".internal")))
                .and().arePublic()
                .should(new ArchCondition<JavaMember>("not mention internal types in their signature") {
                    @Override
                    public void check(JavaMember member, ConditionEvents events) {
                        if (member instanceof JavaCodeUnit) {
                            JavaCodeUnit unit = (JavaCodeUnit) member;
                            unit.getRawParameterTypes().forEach(type -> check(member, type, events));
                            check(member, unit.getRawReturnType(), events);
                        }
                    }

                    private void check(JavaMember member, JavaClass type, ConditionEvents events) {
                        if (type.getPackageName().contains(".internal")) {
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getFullName() + " exposes the internal type " + type.getName()));
                        }
                    }
                })
                .check(JUNIT);
    }

    @Test
    void nothingDependsOnTheJupiterEngine() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.junit.jupiter.engine..")
                .because("junit-jupiter-engine is never a compile dependency of the extension")
                .check(JUNIT);
    }
}
