package dev.lambdaharness.junit6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Function;
import dev.lambdaharness.junit.LambdaTest;
import dev.lambdaharness.junit.RuntimeScope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension's scopes, store-owned teardown, errors and failure output on the JUnit 6 engine. */
class EngineOnJunit6Test {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static final AtomicReference<LambdaFunction> KEPT = new AtomicReference<>();

    @Test
    void classScopeKeepsTheEnvironmentWarmAndTheStoreClosesIt() {
        SEEN.clear();

        run(ClassScopeTestCase.class).testEvents().assertStatistics(stats -> stats.started(4).succeeded(2).failed(2));

        assertThat(SEEN).containsExactly("\"hello first #1\"", "\"hello second #2\"");
        assertThatThrownBy(() -> KEPT.get().invoke("\"after\"")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The runtime of function greeter is closed.");
    }

    @Test
    void runtimesCloseEvenWithStoreAutoCloseTurnedOff() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ClassScopeTestCase.class))
                .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled", "false")
                .execute();

        assertThatThrownBy(() -> KEPT.get().invoke("\"after\"")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The runtime of function greeter is closed.");
    }

    @Test
    void misuseFailsWithTheMessageNamingTheFix() {
        run(ClassScopeTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test("unqualified"),
                finishedWithFailure(message("parameter 'function' (LambdaFunction) of ClassScopeTestCase.unqualified"
                        + " does not say which function it is: ClassScopeTestCase declares 'greeter', 'other'."
                        + " Annotate it with @Function(\"greeter\") or another of those names."))));
    }

    @Test
    void aFailedTestPublishesItsInvocationLogs() {
        EngineExecutionResults results = run(ClassScopeTestCase.class);

        List<ReportEntry> entries = results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class)).toList();
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.getKeyValuePairs()
                .get("lambdaharness.invocations")).contains("greeting third", "REPORT RequestId: "));
    }

    private static EngineExecutionResults run(Class<?> testCase) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase)).execute();
    }

    @LambdaTest(name = "greeter", handler = "dev.lambdaharness.junit6.handlers.Greeter", code = "target/test-classes",
            scope = RuntimeScope.CLASS)
    @LambdaTest(name = "other", handler = "dev.lambdaharness.junit6.handlers.Greeter", code = "target/test-classes",
            scope = RuntimeScope.CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ClassScopeTestCase {

        @Test
        @Order(1)
        void first(@Function("greeter") LambdaFunction greeter) {
            SEEN.add(greeter.invoke("\"first\"").payloadAsString());
        }

        @Test
        @Order(2)
        void second(@Function("greeter") LambdaFunction greeter) {
            KEPT.set(greeter);
            SEEN.add(greeter.invoke("\"second\"").payloadAsString());
        }

        @Test
        @Order(3)
        void third(@Function("other") LambdaFunction other) {
            other.invoke("\"third\"");
            fail("third fails, so its logs are published");
        }

        @Test
        void unqualified(LambdaFunction function) {
        }
    }
}
