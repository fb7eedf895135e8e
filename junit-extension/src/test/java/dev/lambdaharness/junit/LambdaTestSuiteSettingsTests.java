package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.junit.testkit.Engine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The configuration parameters that switch a whole suite: isolation, the timeout scale and the debug port. */
class LambdaTestSuiteSettingsTests {

    @BeforeEach
    void clear() {
        IsolationTestCase.seen.clear();
        TimeoutTestCase.seen = null;
    }

    @Test
    void functionsRunInProcessByDefault() {
        Engine.run(IsolationTestCase.class).testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

        assertThat(IsolationTestCase.seen).containsExactlyInAnyOrder("chosen IN_PROCESS", "pinned IN_PROCESS",
                "byHand IN_PROCESS");
    }

    @Test
    void anIsolationParameterThatNamesNoIsolationIsRefused() {
        assertClassFails(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "docker"),
                "Configuration parameter lambdaharness.isolation is 'docker', which names no isolation. Set it to"
                        + " in-process, forked or remote (in junit-platform.properties or with"
                        + " -Dlambdaharness.isolation=forked).");
    }

    @Test
    void theTimeoutScaleStretchesTheLimitWhileTheConfigurationKeepsLambdas() {
        Engine.run(TimeoutTestCase.class, Map.of(LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME, "3"))
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(TimeoutTestCase.seen.succeeded()).isTrue();
        assertThat(TimeoutTestCase.seen.payloadAsString()).isEqualTo("\"slept 1500 ms\"");
    }

    @Test
    void withoutTheScaleTheSameInvocationTimesOut() {
        Engine.run(TimeoutTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(TimeoutTestCase.seen.error().orElseThrow().errorMessage()).endsWith("Task timed out after 1.00 seconds");
    }

    @Test
    void aTimeoutScaleBelowOneIsRefused() {
        assertClassFails(TimeoutTestCase.class, Map.of(LambdaTest.TIMEOUT_SCALE_PROPERTY_NAME, "0.5"),
                "Configuration parameter lambdaharness.timeout.scale is '0.5', but it must be a number of at least 1:"
                        + " the factor every function timeout and the 10 s INIT limit are stretched by on a slow"
                        + " machine. Set it to, for example, 2, or remove it to keep Lambda's limits.");
    }

    @Test
    void aDebugPortTurnsTheTimeoutOffSoThatABreakpointDoesNotEndTheInvocation() throws IOException {
        Engine.run(TimeoutTestCase.class, Map.of(LambdaTest.DEBUG_PORT_PROPERTY_NAME, Integer.toString(freePort())))
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(TimeoutTestCase.seen.succeeded()).isTrue();
        assertThat(TimeoutTestCase.seen.payloadAsString()).isEqualTo("\"slept 1500 ms\"");
    }

    @Test
    void aDebugPortThatIsNoPortIsRefused() {
        assertClassFails(TimeoutTestCase.class, Map.of(LambdaTest.DEBUG_PORT_PROPERTY_NAME, "jdwp"),
                "Configuration parameter lambdaharness.debug.port is 'jdwp', which is not a port. Set it to a free"
                        + " port from 1 to 65535 (for example -Dlambdaharness.debug.port=5005), or remove it.");
    }

    @Test
    void functionsOfOneRuntimeMustAgreeOnTheDebugPort() {
        assertClassFails(TwoDebugPortsTestCase.class, Map.of(),
                "TwoDebugPortsTestCase declares functions with different debug ports (@LambdaTest(name = \"a\") on"
                        + " TwoDebugPortsTestCase has 5005, @LambdaTest(name = \"b\") on TwoDebugPortsTestCase has 5006),"
                        + " but its functions share one runtime. Set one debugPort.");
    }

    @Test
    void aSparesParameterThatNamesNoSettingIsRefused() {
        assertClassFails(TimeoutTestCase.class, Map.of(LambdaTest.SPARES_PROPERTY_NAME, "always"),
                "Configuration parameter lambdaharness.forked.spares is 'always', which names no spare setting. Set it to"
                        + " booted (the default: a spare JVM boots ahead, INIT runs in the test), initialised (INIT runs"
                        + " ahead too) or none (each forked cold start boots its JVM), or remove it.");
    }

    @Test
    void functionsOfOneRuntimeMustAgreeOnTheirSpares() {
        assertClassFails(TwoSparesTestCase.class, Map.of(),
                "TwoSparesTestCase declares functions with different spares (@LambdaTest(name = \"a\") on TwoSparesTestCase"
                        + " has NONE, @LambdaTest(name = \"b\") on TwoSparesTestCase has INITIALISED), but its functions"
                        + " share one runtime. Set one spares value.");
    }

    @Test
    void anAnnotationDebugPortOutOfRangeIsRefused() {
        assertClassFails(DebugPortOutOfRangeTestCase.class, Map.of(),
                "@LambdaTest(handler = \"dev.lambdaharness.junit.handlers.Echo\") on DebugPortOutOfRangeTestCase has"
                        + " debugPort 70000, which is not a port. Set a free port from 1 to 65535, or 0 for none.");
    }

    @Test
    void theIsolationParameterIgnoresCaseSpacesAndUnderscores() {
        for (String spelling : new String[] {"in-process", "IN_PROCESS", " In_Process "}) {
            IsolationTestCase.seen.clear();
            Engine.run(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, spelling))
                    .testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));

            assertThat(IsolationTestCase.seen).as(spelling)
                    .containsExactlyInAnyOrder("chosen IN_PROCESS", "pinned IN_PROCESS", "byHand IN_PROCESS");
        }
    }

    @Test
    void anIsolationParameterInAnotherCaseThatNamesNoIsolationIsRefusedAsItIsWritten() {
        assertClassFails(IsolationTestCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "In Process"),
                "Configuration parameter lambdaharness.isolation is 'In Process', which names no isolation. Set it to"
                        + " in-process, forked or remote (in junit-platform.properties or with"
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aStrictRuntimeParameterThatIsNoBooleanIsRefused() {
        assertClassFails(IsolationTestCase.class, Map.of(LambdaTest.STRICT_RUNTIME_PROPERTY_NAME, "yes"),
                "Configuration parameter lambdaharness.runtime.strict is 'yes', but it must be true (refuse a function"
                        + " whose Java is not its runtime's) or false (run it with a warning, the default). Set it to"
                        + " one of those, or remove it.");
    }

    /** Only a test JVM newer than Java 17 runs a java17 function on another Java in-process. */
    @Test
    void theStrictRuntimeParameterRefusesAFunctionWhoseJavaIsNotItsRuntimesBeforeTheFirstTest() {
        int own = Runtime.version().feature();
        org.junit.jupiter.api.Assumptions.assumeTrue(own > 17, "the test JVM is Java 17, java17's own Java");

        Engine.run(Java17TestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertClassFails(Java17TestCase.class, Map.of(LambdaTest.STRICT_RUNTIME_PROPERTY_NAME, "true"),
                "Function 'Echo' of Java17TestCase cannot run here: Functions declaring runtime java17 run in-process"
                        + " on the test JVM, Java " + own + ", not on Java 17 as on Lambda. Run the tests on a JDK 17, or"
                        + " use Isolation.FORKED, which starts a JDK 17 when one is installed or set with"
                        + " -Dlambdaharness.javaHome.java17; or turn strict runtime checking off"
                        + " (lambdaharness.runtime.strict=false) to run it on Java " + own + ".");
    }

    private static void assertClassFails(Class<?> testCase, Map<String, String> configuration, String expected) {
        Engine.run(testCase, configuration).containerEvents().assertThatEvents().haveExactly(1, event(
                container(testCase), finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(expected))));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, runtime = "java17")
    static class Java17TestCase {

        @Test
        void runsOnTheTestJvm(LambdaFunction function) {
            assertThat(function.invoke("{}").logText()).contains("-on-java" + Runtime.version().feature());
        }
    }

    @LambdaTest(name = "chosen", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE)
    @LambdaTest(name = "pinned", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE,
            isolation = Isolation.IN_PROCESS)
    static class IsolationTestCase {

        static final List<String> seen = new CopyOnWriteArrayList<>();

        @Test
        void chosen(@Function("chosen") LambdaFunction function) {
            assertThat(function.invoke("{}").payloadAsString()).isEqualTo("{}");
            seen.add("chosen " + function.environments().get(0).isolation());
        }

        @Test
        void pinned(@Function("pinned") LambdaFunction function) {
            assertThat(function.invoke("{}").payloadAsString()).isEqualTo("{}");
            seen.add("pinned " + function.environments().get(0).isolation());
        }

        /** A function a test deploys into the injected runtime takes the suite's isolation too. */
        @Test
        void byHand(LambdaRuntime runtime) {
            LambdaFunction function = runtime.function(FunctionConfig.builder("dev.lambdaharness.junit.handlers.Echo")
                    .functionName("byHand").build(), FunctionCode.fromPaths(Path.of(CODE)));
            assertThat(function.invoke("{}").payloadAsString()).isEqualTo("{}");
            seen.add("byHand " + function.environments().get(0).isolation());
        }
    }

    @LambdaTest(name = "a", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, debugPort = 5005)
    @LambdaTest(name = "b", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, debugPort = 5006)
    static class TwoDebugPortsTestCase {

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(name = "a", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, spares = SpareEnvironments.NONE)
    @LambdaTest(name = "b", handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, spares = SpareEnvironments.INITIALISED)
    static class TwoSparesTestCase {

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Echo", code = CODE, debugPort = 70000)
    static class DebugPortOutOfRangeTestCase {

        @Test
        void neverRuns() {
        }
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Sleeps", code = CODE, timeout = 1)
    static class TimeoutTestCase {

        static volatile InvocationResult seen;

        @Test
        void sleeps(LambdaFunction function) {
            seen = function.invoke("1500");
            assertThat(function.config().timeout()).hasSeconds(1);
        }
    }
}
