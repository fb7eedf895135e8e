package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.testkit.Engine;
import dev.lambdaharness.junit.testkit.Observed;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tests share a runtime, and so a warm environment: the scope rules, construct by construct. */
class LambdaTestScopeTests {

    private static final AtomicReference<LambdaFunction> KEPT = new AtomicReference<>();

    @BeforeEach
    void clear() {
        Observed.clear();
        KEPT.set(null);
    }

    @Test
    void eachTestGetsAFreshRuntimeByDefault() {
        Engine.run(TestScopeTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactlyInAnyOrder("a: 1 cold", "a: 2 warm", "b: 1 cold", "b: 2 warm");
        assertThat(Observed.lines().stream().map(Observed::stream).distinct()).hasSize(2);
    }

    @Test
    void classScopeSharesOneRuntimeAcrossTheClassesTests() {
        Engine.run(ClassScopeTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(Observed.lines()).map(Observed::withoutStream).containsExactly("first: 1 cold", "second: 2 warm");
        assertThat(Observed.lines().stream().map(Observed::stream).distinct()).hasSize(1);
    }

    @Test
    void theStoreClosesATestRuntimeWhenTheTestEnds() {
        Engine.run(TestScopeTestCase.class);

        assertThatThrownBy(() -> KEPT.get().invoke("{}")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The runtime of function Counter is closed. Invoke functions before closing their"
                        + " LambdaRuntime.");
    }

    @Test
    void eachParameterizedInvocationAndRepetitionIsATestOfItsOwn() {
        Engine.run(TemplatesTestCase.class).testEvents().assertStatistics(stats -> stats.started(5).succeeded(5));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactlyInAnyOrder("parameterized: 1 cold", "parameterized: 1 cold", "repeated: 1 cold",
                        "repeated: 1 cold", "repeated: 1 cold");
        assertThat(Observed.lines().stream().map(Observed::stream).distinct()).hasSize(5);
    }

    @Test
    void underClassScopeParameterizedInvocationsShareTheRuntime() {
        Engine.run(ClassScopeTemplatesTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactly("parameterized: 1 cold", "parameterized: 2 warm", "parameterized: 3 warm");
    }

    @Test
    void aTestFactoryHasOneRuntimeForAllItsDynamicTests() {
        Engine.run(TestFactoryTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactly("dynamic: 1 cold", "dynamic: 2 warm", "dynamic: 3 warm");
    }

    @Test
    void aFunctionOverrideMeansARuntimeOfItsOwnEvenUnderClassScope() {
        Engine.run(OverrideUnderClassScopeTestCase.class).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(Observed.lines()).map(Observed::withoutStream)
                .containsExactly("class: 1 cold", "override: 1 cold", "class again: 2 warm");
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class TestScopeTestCase {

        @Test
        void a(LambdaFunction counter) {
            Observed.invoke("a", counter);
            Observed.invoke("a", counter);
            KEPT.set(counter);
        }

        @Test
        void b(LambdaFunction counter) {
            Observed.invoke("b", counter);
            Observed.invoke("b", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ClassScopeTestCase {

        @Test
        @Order(1)
        void first(LambdaFunction counter) {
            Observed.invoke("first", counter);
        }

        @Test
        @Order(2)
        void second(LambdaFunction counter) {
            Observed.invoke("second", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class TemplatesTestCase {

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void parameterized(int value, LambdaFunction counter) {
            Observed.invoke("parameterized", counter);
        }

        @RepeatedTest(3)
        void repeated(LambdaFunction counter) {
            Observed.invoke("repeated", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    static class ClassScopeTemplatesTestCase {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void parameterized(int value, LambdaFunction counter) {
            Observed.invoke("parameterized", counter);
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE)
    static class TestFactoryTestCase {

        @TestFactory
        Stream<DynamicTest> dynamic(LambdaFunction counter) {
            return IntStream.rangeClosed(1, 3)
                    .mapToObj(i -> DynamicTest.dynamicTest("invocation " + i, () -> Observed.invoke("dynamic", counter)));
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Counter", code = CODE, scope = RuntimeScope.CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OverrideUnderClassScopeTestCase {

        @Test
        @Order(1)
        void classRuntime(LambdaFunction counter) {
            Observed.invoke("class", counter);
        }

        @Test
        @Order(2)
        @FunctionOverride(memory = 256)
        void overridden(LambdaFunction counter) {
            int memory = Observed.invoke("override", counter).payloadAsJson().get("memory").asInt();
            assertThat(memory).isEqualTo(256);
        }

        @Test
        @Order(3)
        void classRuntimeAgain(LambdaFunction counter) {
            Observed.invoke("class again", counter);
        }
    }
}
