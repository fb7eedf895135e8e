package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.lambdaharness.conformance.internal.RuleFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlersLoadableTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.loadable.violating.";
    private static final String TAIL = " [handlers-loadable, see docs/rules.md#handlers-loadable]";

    @Test
    void classesTheRuntimeCannotInstantiateAndStringsThatDoNotResolveAreReportedInTheRuntimesWords() {
        assertThat(Violations.of(new RuleFactory(List.of(P + "Methods::missing", P + "Methods::shout")).handlersLoadable(), "loadable.violating"))
                .containsExactly(
                        "Class " + P + "Hidden is not public, so the runtime cannot call its constructor: declare it public" + TAIL,
                        "Class " + P + "NeedsArgument has no public zero-argument constructor: add one, and create what the handler needs in it" + TAIL,
                        "Class " + P + "Outer$Inner cannot be instantiated because it is a non-static inner class: declare it static or top-level" + TAIL,
                        "Handler " + P + "Methods::missing does not resolve: No public method named missing with appropriate method signature found on class "
                                + P + "Methods" + TAIL);
    }

    @Test
    void publicNoArgumentConstructorsAndStaticMethodHandlersPass() {
        String statics = "dev.lambdaharness.conformance.fixtures.loadable.compliant.Plain$Statics::shout";
        assertThat(Violations.of(new RuleFactory(List.of(statics)).handlersLoadable(), "loadable.compliant")).isEmpty();
    }

    @Test
    void anEmptyImportFailsWithArchUnitsMessageInsteadOfPassing() {
        JavaClasses nothing = new ClassFileImporter().importPackages("com.example.nothing.here");

        assertThatThrownBy(() -> LambdaRules.NO_EXIT.evaluate(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Rule 'Lambda handlers should not call System.exit, Runtime.exit or Runtime.halt")
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aHandlerClassTheTestCannotLoadSaysToPutItOnTheClassPath() throws Exception {
        Path root = Path.of(HandlersLoadableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaClasses plain = new ClassFileImporter().importPath(root.resolve("dev/lambdaharness/conformance/fixtures/loadable/compliant"));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            assertThatThrownBy(() -> LambdaRules.NO_EXIT.evaluate(plain))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Handler class dev.lambdaharness.conformance.fixtures.loadable.compliant.Plain was imported from file:")
                    .hasMessageEndingWith("; run the rules with the function's classes and dependencies on the test class path");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void aHandlerStringWhoseClassIsNotAnalysedSaysWhatToImport() {
        JavaClasses classes = Violations.fixtures("loadable.compliant");

        assertThatThrownBy(() -> LambdaRules.forHandlers("com.example.Missing::handle").evaluate(classes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Handler com.example.Missing::handle: class com.example.Missing is not among the analysed classes;"
                        + " import the package that holds it (@AnalyzeClasses(packages = ...)) or fix the handler string");
    }
}
