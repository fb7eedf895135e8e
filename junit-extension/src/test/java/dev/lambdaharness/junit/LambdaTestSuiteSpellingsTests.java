package dev.lambdaharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.junit.LambdaTestSuiteSettingsTests.IsolationTestCase;
import dev.lambdaharness.junit.LambdaTestSuiteSettingsTests.TimeoutTestCase;
import dev.lambdaharness.junit.testkit.Engine;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The spellings the suite-wide parameters accept: every one that worked before keeps working, the
 * isolation is read as {@code Isolation.fromId} reads it, as the command line does, and the scale
 * and the port are held to the runtime builder's rules.
 */
class LambdaTestSuiteSpellingsTests {

    @BeforeEach
    void clear() {
        IsolationTestCase.seen.clear();
        TimeoutTestCase.seen = null;
    }

    @Test
    void theIsolationParameterIgnoresCaseSpacesAndUnderscores() {
        for (String spelling : new String[] {"in-process", "IN_PROCESS", " In_Process "}) {
            IsolationTestCase.seen.clear();
            Engine.run(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, spelling))
                    .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

            assertThat(IsolationTestCase.seen).as(spelling)
                    .containsExactlyInAnyOrder("chosen IN_PROCESS", "pinned IN_PROCESS");
        }
    }

    @Test
    void anIsolationParameterInAnotherCaseThatNamesNoIsolationIsRefusedAsItIsWritten() {
        assertClassFails(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "In Process"),
                "Configuration parameter lambdaharness.isolation is 'In Process', which names no isolation. Set it to"
                        + " in-process or forked (in junit-platform.properties or with"
                        + " -Dlambdaharness.isolation=forked).");
    }

    @Test
    void theTimeoutScaleIsAnyDecimalNumberAroundWhichSpacesAreIgnored() {
        Engine.run(TimeoutTestCase.class, Map.of(LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME, " 3.0e0 "))
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(TimeoutTestCase.seen.succeeded()).isTrue();
    }

    @Test
    void aTimeoutScaleThatIsNoNumberOrNotFiniteIsRefusedWithTheMessageForOneBelowOne() {
        for (String value : new String[] {"three", "NaN", "Infinity"}) {
            assertClassFails(TimeoutTestCase.class, Map.of(LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME, value),
                    "Configuration parameter lambdaharness.timeout.scale is '" + value + "', but it must be a number"
                            + " of at least 1: the factor every function timeout and the 10 s INIT limit are stretched"
                            + " by on a slow machine. Set it to, for example, 2, or remove it to keep Lambda's limits.");
        }
    }

    @Test
    void aDebugPortParameterOutsideThePortsIsRefusedLikeOneThatIsNoNumber() {
        for (String value : new String[] {"0", "65536", "-1"}) {
            assertClassFails(TimeoutTestCase.class, Map.of(LambdaTest.DEBUG_PORT_PROPERTY_NAME, value),
                    "Configuration parameter lambdaharness.debug.port is '" + value + "', which is not a port. Set it"
                            + " to a free port from 1 to 65535 (for example -Dlambdaharness.debug.port=5005), or"
                            + " remove it.");
        }
    }

    private static void assertClassFails(Class<?> testCase, Map<String, String> configuration, String expected) {
        Engine.run(testCase, configuration).containerEvents().assertThatEvents().haveExactly(1, event(
                container(testCase), finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(expected))));
    }
}
