package dev.lambdaharness.junitversions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** On Jupiter 5.9 a @LambdaTest class fails before its first test, with one message naming the version and the fix. */
class BelowTheOldestJupiterTest {

    @Test
    void aLambdaTestClassFailsBeforeItsFirstTestNamingTheVersionAndTheFix() {
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(System.getProperty("jupiter.expected"));

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(GreeterTestCase.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(GreeterTestCase.class),
                finishedWithFailure(message("Lambda Harness needs JUnit Jupiter 5.10 or newer, but this test run has"
                        + " junit-jupiter-api " + System.getProperty("jupiter.expected") + ". Raise JUnit: import"
                        + " org.junit:junit-bom at 5.10.5 or newer (5.14.x, 6.x) in <dependencyManagement>, or set"
                        + " junit-jupiter's version to one, so that junit-jupiter-api, -params and -engine are all of"
                        + " that version."))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junitversions.handlers.Greeter", code = "target/test-classes")
    static class GreeterTestCase {

        @Test
        void greets(LambdaFunction greeter) {
            greeter.invoke("\"ada\"");
        }
    }
}
