package dev.lambdaharness.junitversions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.EventSource;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Jupiter 5.10 beside the junit-jupiter-params 5.7.0 of aws-lambda-java-tests 1.1.1: @LambdaTest and
 * the project's own parameterized tests run; @EventSource fails with one message naming params.
 */
class OlderParamsTest {

    @Test
    void theVersionsAreTheSamplesMix() {
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(System.getProperty("jupiter.expected"));
        assertThat(ParameterizedTest.class.getPackage().getImplementationVersion()).isEqualTo("5.7.0");
    }

    @Test
    void lambdaTestsAndTheProjectsOwnParameterizedTestsRun() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(EchoTestCase.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void eventSourceNamesParamsAndTheFix() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(EventSourceTestCase.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container("echoesEachFixture"),
                finishedWithFailure(message("Lambda Harness needs JUnit Jupiter 5.10 or newer, but this test run has"
                        + " junit-jupiter-params 5.7.0. Raise JUnit: import org.junit:junit-bom at 5.10.5 or newer"
                        + " (5.14.x, 6.x) in <dependencyManagement>, or set junit-jupiter's version to one, so that"
                        + " junit-jupiter-api, -params and -engine are all of that version."))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Echo", code = "target/test-classes")
    static class EchoTestCase {

        @Test
        void echoes(LambdaFunction echo) {
            assertThat(echo.invoke("\"ada\"").payloadAsString()).isEqualTo("\"ada\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ada", "grace"})
        void echoesEach(String name, LambdaFunction echo) {
            assertThat(echo.invoke("\"" + name + "\"").payloadAsString()).isEqualTo("\"" + name + "\"");
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Echo", code = "target/test-classes")
    static class EventSourceTestCase {

        @ParameterizedTest
        @EventSource("sqs/receive-message")
        void echoesEachFixture(String event, LambdaFunction echo) {
            echo.invoke(event);
        }
    }
}
