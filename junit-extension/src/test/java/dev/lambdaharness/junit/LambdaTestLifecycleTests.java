package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.testkit.Engine;
import dev.lambdaharness.junit.testkit.Observed;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Nested classes, test instance lifecycles, constructors and class-level callbacks. */
class LambdaTestLifecycleTests {

    private static final AtomicReference<LambdaFunction> KEPT = new AtomicReference<>();

    @BeforeEach
    void clear() {
        Observed.clear();
        KEPT.set(null);
    }

    @Test
    void nestedClassesShareTheEnclosingClassRuntimeUnderClassScope() {
        Engine.run(NestedClassScopeTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        assertThat(Observed.lines()).map(Observed::withoutStream).containsExactly("outer: 1 cold", "inner: 2 warm");
    }

    @Test
    void nestedClassTestsGetFreshRuntimesUnderTestScope() {
        Engine.run(NestedTestScopeTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        assertThat(Observed.lines()).map(Observed::withoutStream).containsExactly("outer: 1 cold", "inner: 1 cold");
    }

    @Test
    void aNestedClassWithItsOwnDeclarationReplacesTheEnclosingFunctions() {
        Engine.run(NestedDeclarationTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));
    }

    @Test
    void perClassInstancesTakeTheClassRuntimeInBeforeAll() {
        Engine.run(PerClassTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(2));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactly("beforeAll: 1 cold", "test: 2 warm", "kept: 3 warm");
    }

    @Test
    void aClassLevelParameterUnderTestScopeIsRefusedWithTheFix() {
        Engine.run(BeforeAllUnderTestScopeTestCase.class).containerEvents().assertThatEvents().haveExactly(1,
                event(container(BeforeAllUnderTestScopeTestCase.class), finishedWithFailure(
                        instanceOf(ParameterResolutionException.class),
                        message("parameter 'counter' (LambdaFunction) of BeforeAllUnderTestScopeTestCase.warmUp"
                                + " cannot be supplied outside a test: BeforeAllUnderTestScopeTestCase has scope"
                                + " TEST, a fresh runtime for each test. Set scope = RuntimeScope.CLASS on"
                                + " @LambdaTest to share one runtime across the class's tests, or take the"
                                + " parameter in a test method or an @BeforeEach method."))));
    }

    /** This module runs on JUnit Jupiter 5.10; on 5.12 and later the constructor's function is the test's (junit-versions-it). */
    @Test
    void constructorParametersUnderTestScopeNeedJupiter512() {
        Engine.run(ConstructorTestCase.class).testEvents().assertStatistics(stats -> stats.failed(2))
                .assertThatEvents().haveExactly(2, event(finishedWithFailure(message("parameter 'counter' (LambdaFunction) of the"
                                + " constructor of ConstructorTestCase cannot be supplied outside a test:"
                                + " ConstructorTestCase has scope TEST, a fresh runtime for each test, and JUnit"
                                + " Jupiter 5.10.5 resolves constructor parameters for the class, outside any test"
                                + " (5.12 and later resolve them in the test's own context: raise JUnit to take them"
                                + " there). Set scope = RuntimeScope.CLASS on @LambdaTest to share one runtime across"
                                + " the class's tests, or take the parameter in a test method or an @BeforeEach"
                                + " method."))));
        assertThat(Observed.lines()).isEmpty();
    }

    @Test
    void beforeEachMethodsShareTheTestsRuntime() {
        Engine.run(BeforeEachTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));

        assertThat(Observed.lines()).map(Observed::withoutStream).containsExactly("beforeEach: 1 cold", "test: 2 warm");
    }

    @Test
    void theStoreClosesAClassRuntimeWhenTheClassEnds() {
        Engine.run(PerClassTestCase.class);

        assertThatThrownBy(() -> KEPT.get().invoke("{}")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The runtime of function Counter is closed.");
    }

    @Test
    void runtimesCloseEvenWithStoreAutoCloseTurnedOff() {
        Engine.run(PerClassTestCase.class, Map.of("junit.jupiter.extensions.store.close.autocloseable.enabled", "false"));

        assertThatThrownBy(() -> KEPT.get().invoke("{}")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The runtime of function Counter is closed.");
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    static class NestedClassScopeTestCase {

        @Test
        void outer(LambdaFunction counter) {
            Observed.invoke("outer", counter);
        }

        @Nested
        class Inner {
            @Test
            void inner(LambdaFunction counter) {
                Observed.invoke("inner", counter);
            }
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class NestedTestScopeTestCase {

        @Test
        void outer(LambdaFunction counter) {
            Observed.invoke("outer", counter);
        }

        @Nested
        class Inner {
            @Test
            void inner(LambdaFunction counter) {
                Observed.invoke("inner", counter);
            }
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class NestedDeclarationTestCase {

        @Test
        void outer(LambdaFunction function) {
            assertThat(function.config().functionName()).isEqualTo("Counter");
        }

        @Nested
        @LambdaTest(name = "echo", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
        class Inner {
            @Test
            void inner(LambdaFunction function, LambdaRuntime runtime) {
                assertThat(function.config().functionName()).isEqualTo("echo");
                assertThat(runtime.function(function.config(), function.code())).isNotSameAs(function);
                assertThat(function.invoke("[1]").payloadAsString()).isEqualTo("[1]");
            }
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassTestCase {

        private LambdaFunction fromBeforeAll;

        @BeforeAll
        void warmUp(LambdaFunction counter) {
            fromBeforeAll = counter;
            KEPT.set(counter);
            Observed.invoke("beforeAll", counter);
        }

        @Test
        @Order(1)
        void test(LambdaFunction counter) {
            assertThat(counter).isSameAs(fromBeforeAll);
            Observed.invoke("test", counter);
        }

        @Test
        @Order(2)
        void keptFunctionIsHeardByTheTestsHistory(InvocationHistory history) {
            InvocationResult result = Observed.invoke("kept", fromBeforeAll);
            assertThat(history.results()).containsExactly(result);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class BeforeAllUnderTestScopeTestCase {

        @BeforeAll
        void warmUp(LambdaFunction counter) {
        }

        @Test
        void test() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class BeforeEachTestCase {

        private LambdaFunction fromBeforeEach;

        @BeforeEach
        void warmUp(LambdaFunction counter) {
            fromBeforeEach = counter;
            Observed.invoke("beforeEach", counter);
        }

        @Test
        void test(LambdaFunction counter) {
            assertThat(counter).isSameAs(fromBeforeEach);
            Observed.invoke("test", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class ConstructorTestCase {

        private final LambdaFunction fromConstructor;

        ConstructorTestCase(LambdaFunction counter) {
            this.fromConstructor = counter;
        }

        @Test
        void a(LambdaFunction counter) {
            assertThat(counter).isSameAs(fromConstructor);
            Observed.invoke("a", counter);
        }

        @Test
        void b(LambdaFunction counter) {
            assertThat(counter).isSameAs(fromConstructor);
            Observed.invoke("b", counter);
        }
    }
}
