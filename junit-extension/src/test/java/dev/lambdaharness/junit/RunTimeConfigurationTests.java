package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.sun.net.httpserver.HttpServer;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.testkit.Engine;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @LambdaTest(configure = …)}: configuration known only when the test runs. */
class RunTimeConfigurationTests {

    @Test
    void aStaticMethodGivesTheFunctionAFakesRandomPortAfterBeforeAll() {
        Engine.run(FakeOnARandomPortTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void anInstanceMethodSeesWhatBeforeEachSetForAPerTestRuntime() {
        Engine.run(InstanceMethodTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void aNestedClassFindsAStaticMethodOfItsOuterClass() {
        Engine.run(OuterTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void anInstanceMethodForAClassWideRuntimeIsRefusedBeforeTheFirstTest() {
        assertClassFails(InstanceMethodForClassScopeTestCase.class, "@LambdaTest(handler ="
                + " \"dev.lambdaharness.junit.handlers.Counter\") on InstanceMethodForClassScopeTestCase names configure ="
                + " \"withMode\", an instance method, but its runtime lives beyond one test instance (scope = CLASS)."
                + " Make withMode static.");
    }

    @Test
    void aMethodThatIsNotThereIsNamedWithTheSignatureToDeclare() {
        assertClassFails(MissingMethodTestCase.class, "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\")"
                + " on MissingMethodTestCase names configure = \"withMode\", but MissingMethodTestCase has no method of that"
                + " name. Declare static void withMode(FunctionConfig.Builder function) { function.environment(\"KEY\","
                + " value); } in MissingMethodTestCase.");
        assertClassFails(WrongSignatureTestCase.class, "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\")"
                + " on WrongSignatureTestCase names configure = \"withMode\", but WrongSignatureTestCase has no withMode"
                + " taking one FunctionConfig.Builder. Declare static void withMode(FunctionConfig.Builder function) {"
                + " function.environment(\"KEY\", value); } in WrongSignatureTestCase.");
    }

    @Test
    void anInvalidSettingFailsTheTestNamingTheMethodAndTheSetting() {
        EngineExecutionResults results = Engine.run(InvalidSettingTestCase.class);

        // JUnit puts the parameter it was resolving in front of the extension's message.
        results.testEvents().assertThatEvents().haveExactly(1, event(test("invoked"), finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.endsWith(": @LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Counter\") on"
                        + " InvalidSettingTestCase: its configure method tooSmall set an invalid configuration. memorySize 1"
                        + " is out of range: Lambda accepts 128 to 10240 MB (ValidationException: 1 validation error detected:"
                        + " Value '1' at 'memorySize' failed to satisfy constraint: Member must have value greater than or"
                        + " equal to 128). Set memorySize between 128 and 10240.")))));
    }

    private static void assertClassFails(Class<?> testCase, String expected) {
        Engine.run(testCase).containerEvents().assertThatEvents().haveExactly(1, event(container(testCase),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.FetchesStore", code = CODE, environment = "STORE_URL=unset",
            configure = "withFakeStore")
    static class FakeOnARandomPortTestCase {

        static HttpServer store;

        @BeforeAll
        static void startTheFake() throws IOException {
            store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            store.createContext("/", exchange -> {
                byte[] body = ("stock of " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            store.start();
        }

        @AfterAll
        static void stopTheFake() {
            store.stop(0);
        }

        static void withFakeStore(FunctionConfig.Builder function) {
            function.environment("STORE_URL", "http://127.0.0.1:" + store.getAddress().getPort());
        }

        @Test
        void invoked(LambdaFunction fetches) {
            assertThat(fetches.invoke("\"/A-1\"").payloadAsString()).isEqualTo("\"stock of /A-1\"");
            assertThat(fetches.config().environment()).containsEntry("STORE_URL",
                    "http://127.0.0.1:" + store.getAddress().getPort());
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "withMode")
    static class InstanceMethodTestCase {

        private static int tests;
        private String mode;

        @BeforeEach
        void pickAMode() {
            mode = "test-" + ++tests;
        }

        void withMode(FunctionConfig.Builder function) {
            function.environment("MODE", mode).memorySize(256);
        }

        @Test
        void first(LambdaFunction counter) {
            assertThat(counter.invoke("{}").payloadAsJson().get("mode").asText()).isEqualTo(mode);
            assertThat(counter.config().memorySize()).isEqualTo(256);
        }

        @Test
        void second(LambdaFunction counter) {
            assertThat(counter.invoke("{}").payloadAsJson().get("mode").asText()).isEqualTo(mode);
        }
    }

    static class OuterTestCase {

        static void withOuterMode(FunctionConfig.Builder function) {
            function.environment("MODE", "from the outer class");
        }

        @Nested
        @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "withOuterMode")
        class Inner {

            @Test
            void invoked(LambdaFunction counter) {
                assertThat(counter.invoke("{}").payloadAsJson().get("mode").asText()).isEqualTo("from the outer class");
            }
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "withMode",
            scope = RuntimeScope.CLASS)
    static class InstanceMethodForClassScopeTestCase {

        void withMode(FunctionConfig.Builder function) {
            function.environment("MODE", "x");
        }

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "withMode")
    static class MissingMethodTestCase {

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "withMode")
    static class WrongSignatureTestCase {

        static void withMode(String mode) {
        }

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, configure = "tooSmall")
    static class InvalidSettingTestCase {

        static void tooSmall(FunctionConfig.Builder function) {
            function.memorySize(1);
        }

        @Test
        void invoked(LambdaFunction counter) {
            counter.invoke("{}");
        }
    }
}
