package dev.lambdaharness.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Keeps the public API free of implementation types, so users never need to import {@code .internal}. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.core");

    @Test
    void importedTheWholeModule() {
        assertThat(CORE.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.core")).count())
                .isGreaterThan(15);
        assertThat(CORE.stream().filter(c -> c.getPackageName().contains(".internal")).count()).isGreaterThan(10);
    }

    @Test
    void publicApiSignaturesMentionNoInternalType() {
        members().that().areDeclaredInClassesThat(publicApiType())
                .and().arePublic()
                .should(notExposeInternalTypes())
                .check(CORE);
    }

    @Test
    void apiPackagesHoldOnlyTheApi() {
        classes().that().resideInAPackage("dev.lambdaharness.core")
                .and().areTopLevelClasses()
                .should().bePublic()
                .orShould().haveSimpleName("package-info")
                .because("implementation lives in dev.lambdaharness.core.internal")
                .check(CORE);
    }

    private static DescribedPredicate<JavaClass> publicApiType() {
        return DescribedPredicate.describe("public API types",
                c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getPackageName().contains(".internal"));
    }

    private static ArchCondition<JavaMember> notExposeInternalTypes() {
        return new ArchCondition<>("not mention internal types in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (member instanceof JavaCodeUnit) {
                    JavaCodeUnit unit = (JavaCodeUnit) member;
                    check(member, unit.getRawReturnType(), events);
                    unit.getRawParameterTypes().forEach(type -> check(member, type, events));
                } else if (member instanceof JavaField) {
                    check(member, ((JavaField) member).getRawType(), events);
                }
            }

            private void check(JavaMember member, JavaClass type, ConditionEvents events) {
                if (type.getPackageName().contains(".internal")) {
                    events.add(SimpleConditionEvent.violated(member,
                            member.getFullName() + " exposes the internal type " + type.getName()));
                }
            }
        };
    }
}
