package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.testkit.Engine;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The annotation's attributes reach the function, Lambda's defaults fill the rest, misuse is named. */
class LambdaTestConfigurationTests {

    @Test
    void attributesConfigureTheFunction() {
        Engine.run(ConfiguredTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void unsetAttributesMeanLambdasDefaults() {
        Engine.run(DefaultsTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aComposedAnnotationDeclaresTheFunction() {
        Engine.run(ComposedTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void aMissingHandlerIsNamedBeforeAnyTest() {
        assertClassFails(NoHandlerTestCase.class, "@LambdaTest(handler = \"\") on NoHandlerTestCase names no handler."
                + " Set handler, for example @LambdaTest(handler = \"com.example.Handler::handleRequest\").");
    }

    @Test
    void anOutOfRangeSettingNamesTheAttributeAndLambdasLimit() {
        String core = configurationErrorOf(() -> FunctionConfig.builder("x").memorySize(64).build());

        assertClassFails(BadMemoryTestCase.class, "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\")"
                + " on BadMemoryTestCase, attribute memory: " + core);
    }

    @Test
    void aMalformedEnvironmentEntryIsNamed() {
        assertClassFails(BadEnvironmentTestCase.class, "@LambdaTest(name = \"env\") on BadEnvironmentTestCase,"
                + " attribute environment: 'MODE' is not KEY=value. Write each variable as \"NAME=value\" (an empty"
                + " value is \"NAME=\").");
    }

    @Test
    void aMalformedAllowedHostIsNamed() {
        assertClassFails(BadAllowedHostTestCase.class, "@LambdaTest(name = \"hosts\") on BadAllowedHostTestCase,"
                + " attribute allowedHosts: allowedHosts entry 'http://db.internal' is no host, domain, address or CIDR"
                + " block. Name a host (db.internal), a domain (*.example.com), an address (10.0.0.7), a CIDR block"
                + " (10.0.0.0/8) or *.");
    }

    @Test
    void aRuntimeSetThatIsNoSetIsNamedWithTheAnnotation() {
        assertClassFails(MissingRuntimeSetTestCase.class, "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\")"
                + " on MissingRuntimeSetTestCase: The runtime set directory " + Path.of("target/no-such-runtime-set")
                .toAbsolutePath() + " does not exist; point it at a directory holding the runtime client,"
                + " aws-lambda-java-core and aws-lambda-java-serialization jars.");
    }

    @Test
    void twoSourcesOfCodeConflict() {
        assertClassFails(TwoCodesTestCase.class, "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\")"
                + " on TwoCodesTestCase sets more than one of code, taskRoot and deploymentPackage. Keep the one that"
                + " holds the function's code.");
    }

    @Test
    void aHandlerClassMissingFromTheCodeIsNamed() {
        assertClassFails(MissingHandlerTestCase.class, "Function 'Nope' of MissingHandlerTestCase: handler class"
                + " dev.lambdaharness.junit.handlers.Nope is not in the function's code ["
                + Path.of(CODE).toAbsolutePath() + "]. Check the class name in the handler string, or give the code"
                + " that holds it (code, taskRoot or deploymentPackage).");
    }

    @Test
    void anEmptyHandlerPartGetsTheRuntimesMessage() {
        assertClassFails(EmptyHandlerPartsTestCase.class, "Function 'function' of EmptyHandlerPartsTestCase:"
                + " Invalid handler: `::', as the runtime says of it on every invocation: the class or the method"
                + " part is empty. Give a handler such as com.example.Handler or com.example.Handler::handleRequest.");
    }

    @Test
    void aHandlerIsSplitAtTheLastSeparatorAsTheRuntimeSplitsIt() {
        // The runtime loads class "...Counter::handleRequest" and calls method "x": no such class.
        assertClassFails(TwoSeparatorsTestCase.class, "Function 'CounterhandleRequest' of TwoSeparatorsTestCase: handler class"
                + " dev.lambdaharness.junit.handlers.Counter::handleRequest is not in the function's code ["
                + Path.of(CODE).toAbsolutePath() + "]. Check the class name in the handler string, or give the code"
                + " that holds it (code, taskRoot or deploymentPackage).");
    }

    @Test
    void aHandlerInTheTestClassesIsExplained() {
        assertClassFails(HandlerInTestClassesTestCase.class, "Function 'Counter' of HandlerInTestClassesTestCase:"
                + " handler class dev.lambdaharness.junit.handlers.Counter is on the test class path (in "
                + Path.of(CODE).toAbsolutePath() + ") but not"
                + " in the function's code " + FunctionCode.fromTestClasspath().classpath() + ". The default code holds"
                + " what the deployed function would: its main classes and dependencies, never its test classes."
                + " Move the handler to the main sources, or name its code, for example code = \"target/test-classes\".");
    }

    @Test
    void aRuntimeNewerThanTheTestJvmIsNamedBeforeAnyTest() {
        assumeTrue(Runtime.version().feature() < 25, "the test JVM runs java25");
        String core;
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            core = configurationErrorOf(() -> runtime.function(
                    FunctionConfig.builder("x").runtime(JavaRuntime.JAVA25).build(), FunctionCode.fromPaths(Path.of(CODE))));
        }

        assertClassFails(NewerRuntimeTestCase.class, "Function 'Counter' of NewerRuntimeTestCase cannot run here: "
                + core);
    }

    @Test
    void twoFunctionsOfTheSameNameConflict() {
        assertClassFails(SameNameTestCase.class, "SameNameTestCase declares two functions named 'Counter'"
                + " (@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\") on SameNameTestCase and"
                + " @LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter::handleRequest\") on"
                + " SameNameTestCase). Give each @LambdaTest its own name.");
    }

    @Test
    void functionsOfOneRuntimeCannotHaveDifferentScopes() {
        assertClassFails(DifferentScopesTestCase.class, "DifferentScopesTestCase declares functions with different"
                + " scopes (@LambdaTest(name = \"a\") on DifferentScopesTestCase has CLASS, @LambdaTest(name = \"b\")"
                + " on DifferentScopesTestCase has TEST), but its functions share one runtime. Set the same scope on"
                + " every @LambdaTest.");
    }

    @Test
    void anOverrideOfAFunctionTheClassDoesNotDeclareIsNamed() {
        Engine.run(MisusedOverridesTestCase.class).testEvents().assertThatEvents()
                .haveExactly(1, event(test("unknown"), finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message("@FunctionOverride(function = \"ship\") on MisusedOverridesTestCase.unknown names no"
                                + " function of MisusedOverridesTestCase, which declares 'a', 'b'. Set function to one"
                                + " of those names."))))
                .haveExactly(1, event(test("ambiguous"), finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message("@FunctionOverride on MisusedOverridesTestCase.ambiguous does not say which function"
                                + " to change, and MisusedOverridesTestCase declares 'a', 'b'. Set function to one of"
                                + " those names."))));
    }

    private static void assertClassFails(Class<?> testCase, String expected) {
        Engine.run(testCase).containerEvents().assertThatEvents().haveExactly(1, event(container(testCase),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, name = "orders", memory = 512,
            timeout = 7, environment = {"MODE=fast", "EMPTY="}, region = "eu-west-1", ephemeralStorage = 1024,
            allowedHosts = {"db.internal", "10.0.0.0/8"})
    static class ConfiguredTestCase {

        @Test
        void configured(LambdaFunction function) {
            JsonNode answer = function.invoke("{}").payloadAsJson();

            assertThat(answer.get("function").asText()).isEqualTo("orders");
            assertThat(answer.get("memory").asInt()).isEqualTo(512);
            assertThat(answer.get("mode").asText()).isEqualTo("fast");
            assertThat(answer.get("remainingMs").asLong()).isBetween(3001L, 7000L);
            assertThat(function.config().environment()).containsEntry("EMPTY", "");
            assertThat(function.config().region()).isEqualTo("eu-west-1");
            assertThat(function.config().ephemeralStorageSize()).isEqualTo(1024);
            assertThat(function.config().allowedHosts()).containsExactly("db.internal", "10.0.0.0/8");
        }

        @Test
        @FunctionOverride(memory = 1024, environment = "MODE=slow", allowedHosts = "*.example.com")
        void overridden(LambdaFunction function) {
            JsonNode answer = function.invoke("{}").payloadAsJson();

            assertThat(function.config().allowedHosts()).containsExactly("db.internal", "10.0.0.0/8", "*.example.com");
            assertThat(answer.get("memory").asInt()).isEqualTo(1024);
            assertThat(answer.get("mode").asText()).isEqualTo("slow");
            assertThat(function.config().environment()).containsEntry("EMPTY", "");
            assertThat(function.config().timeout()).isEqualTo(Duration.ofSeconds(7));
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class DefaultsTestCase {

        @Test
        void defaults(LambdaFunction function) {
            FunctionConfig lambdas = FunctionConfig.builder("dev.lambdaharness.junit.handlers.Counter").build();

            assertThat(function.config()).isEqualTo(lambdas);
            assertThat(function.config().memorySize()).isEqualTo(128);
            assertThat(function.config().timeout()).isEqualTo(Duration.ofSeconds(3));
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, memory = 256)
    @interface CounterFunction {
    }

    @CounterFunction
    static class ComposedTestCase {

        @Test
        void composed(LambdaFunction function) {
            assertThat(function.invoke("{}").payloadAsJson().get("memory").asInt()).isEqualTo(256);
        }
    }

    @LambdaTest(code = CODE)
    static class NoHandlerTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, memory = 64)
    static class BadMemoryTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(name = "hosts", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE,
            allowedHosts = "http://db.internal")
    static class BadAllowedHostTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(name = "env", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, environment = "MODE")
    static class BadEnvironmentTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, runtimeSet = "target/no-such-runtime-set",
            isolation = Isolation.FORKED)
    static class MissingRuntimeSetTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, taskRoot = CODE)
    static class TwoCodesTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Nope", code = CODE)
    static class MissingHandlerTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "::", code = CODE)
    static class EmptyHandlerPartsTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter::handleRequest::x", code = CODE)
    static class TwoSeparatorsTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter")
    static class HandlerInTestClassesTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, runtime = "java25")
    static class NewerRuntimeTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter::handleRequest", code = CODE)
    static class SameNameTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(name = "a", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    @LambdaTest(name = "b", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class DifferentScopesTestCase {
        @Test
        void test() {
        }
    }

    @LambdaTest(name = "a", handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @LambdaTest(name = "b", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    static class MisusedOverridesTestCase {
        @Test
        @FunctionOverride(function = "ship", memory = 256)
        void unknown() {
        }

        @Test
        @FunctionOverride(memory = 256)
        void ambiguous() {
        }
    }

    /** The message of the configuration error a call throws; AssertJ's catchThrowableOfType changed its order in 3.26. */
    private static String configurationErrorOf(ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidConfigurationException.class);
        return thrown.getMessage();
    }
}
