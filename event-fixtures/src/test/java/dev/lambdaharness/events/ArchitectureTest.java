package dev.lambdaharness.events;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.lambdaharness.events.internal.Encodings;
import dev.lambdaharness.events.internal.JsonEventPayload;
import org.junit.jupiter.api.Test;

/**
 * Keeps the public API free of implementation types, so users never import {@code .internal}, and
 * keeps the optional libraries out of it, so a project that reads fixtures as JSON needs neither.
 * {@code EVENTS} is imported from the class path, so it holds the event model's classes as well as
 * this module's; {@code CATALOGUE} is this module's alone.
 */
class ArchitectureTest {

    private static final JavaClasses EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lambdaharness.events");

    private static final JavaClasses CATALOGUE = new ClassFileImporter()
            .importUrl(EventFixtures.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void importedTheWholeModule() {
        assertThat(EVENTS.stream().filter(c -> c.getPackageName().equals("dev.lambdaharness.events")).count()).isGreaterThanOrEqualTo(5);
        assertThat(EVENTS.stream().filter(c -> c.getPackageName().contains(".internal")).count()).isGreaterThan(10);
    }

    @Test
    void theCatalogueUsesOfTheEventModelsInternalsOnlyItsJsonSettingsAndEncodings() {
        assertThat(CATALOGUE.contain(EventFixtures.class)).isTrue();
        assertThat(CATALOGUE.contain(EventPayload.class)).isFalse();

        noClasses().should().dependOnClassesThat(resideInAPackage("dev.lambdaharness.events.internal")
                        .and(not(belongToAnyOf(JsonEventPayload.class, Encodings.class))))
                .because("the two modules are released together, and a fixture must read and encode as a built payload does; "
                        + "anything more of the event model's internals would be an interface between the modules that no one guards")
                .check(CATALOGUE);
    }

    @Test
    void publicApiSignaturesMentionNoInternalOrOptionalType() {
        members().that().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("dev.lambdaharness.events")
                .and().arePublic()
                .should(mentionOnlyApiTypes())
                .check(EVENTS);
    }

    @Test
    void apiPackageClassesDoNotUseTheOptionalLibraries() {
        classes().that().resideInAPackage("dev.lambdaharness.events")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("com.amazonaws..")
                .because("aws-lambda-java-serialization and aws-lambda-java-core are optional: only typed reading may load them")
                .check(EVENTS);
    }

    private static ArchCondition<JavaMember> mentionOnlyApiTypes() {
        return new ArchCondition<>("mention no internal type and no type of an optional library in their signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (member instanceof JavaCodeUnit unit) {
                    check(member, unit.getRawReturnType(), events);
                    unit.getRawParameterTypes().forEach(type -> check(member, type, events));
                } else if (member instanceof JavaField field) {
                    check(member, field.getRawType(), events);
                }
            }

            private void check(JavaMember member, JavaClass type, ConditionEvents events) {
                if (type.getPackageName().contains(".internal") || type.getPackageName().startsWith("com.amazonaws")) {
                    events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + type.getName()));
                }
            }
        };
    }
}
