package dev.lambdaharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.junit.LambdaTestSuiteSettingsTests.IsolationTestCase;
import dev.lambdaharness.junit.testkit.Engine;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The isolation parameter set to forked: a child JVM per function, so under Failsafe; the rest is in {@link LambdaTestSuiteSettingsTests}. */
class LambdaTestForkedIsolationIT {

    @BeforeEach
    void clear() {
        IsolationTestCase.seen.clear();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theIsolationParameterForksEveryFunctionThatDoesNotPinItsOwn() {
        Engine.run(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "forked"))
                .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(IsolationTestCase.seen).containsExactlyInAnyOrder("chosen FORKED", "pinned IN_PROCESS", "byHand FORKED");
    }
}
