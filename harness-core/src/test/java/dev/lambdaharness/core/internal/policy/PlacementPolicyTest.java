package dev.lambdaharness.core.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.TracingMode;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What the policy refuses and warns about, for machines other than this one too. */
class PlacementPolicyTest {

    private static final FunctionCode CODE = FunctionCode.fromPaths(Path.of("target/classes"));
    private static final ForkedOptions HARNESS_CLIENT = ForkedOptions.DEFAULTS.withRuntimeClient(RuntimeClient.HARNESS);

    private static FunctionConfig.Builder orders() {
        return FunctionConfig.builder("com.example.Orders").functionName("orders").runtime(JavaRuntime.JAVA17);
    }

    @Test
    void aPlainFunctionRunsInTheIsolationAskedForWithoutWarnings() {
        Placement placement = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 17)
                .place(orders().build(), CODE, Isolation.IN_PROCESS, false);

        assertThat(placement).isEqualTo(new Placement(Isolation.IN_PROCESS, false, java.util.List.of()));
    }

    @Test
    void forkedIsolationIsRefusedOnWindowsNamingTheWayOut() {
        PlacementPolicy windows = new PlacementPolicy(ForkedOptions.DEFAULTS, "Windows 11", 17);

        assertThatThrownBy(() -> windows.place(orders().build(), CODE, Isolation.FORKED, false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("isolation FORKED starts each environment's JVM through a POSIX /bin/sh, which Windows"
                        + " lacks. Use Isolation.IN_PROCESS here (docs/fidelity.md lists what it cannot isolate), or"
                        + " run the tests on Linux or macOS, for example in WSL.");
        assertThat(windows.place(orders().build(), CODE, Isolation.IN_PROCESS, false).isolation())
                .isEqualTo(Isolation.IN_PROCESS);
    }

    @Test
    void aRuntimeNewerThanTheJvmIsRefusedInProcessWithTheFixesForThatIsolation() {
        PlacementPolicy java17 = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 17);

        assertThatThrownBy(() -> java17.place(orders().runtime(JavaRuntime.JAVA21).build(), CODE, Isolation.IN_PROCESS,
                false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("runtime java21 needs Java 21, but this test JVM is Java 17: in-process isolation runs the"
                        + " function on the test JVM. Run the tests on JDK 21, use Isolation.FORKED with a JDK 21 installed or configured"
                        + " for the runtime, or declare a runtime up to java17.");
    }

    @Test
    void aRuntimeNewerThanEveryJdkFoundIsRefusedForkedNamingWhereItLooked() {
        PlacementPolicy java17 = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 17, runtime -> jdk(17), false);

        assertThatThrownBy(() -> java17.place(orders().runtime(JavaRuntime.JAVA25).build(), CODE, Isolation.FORKED,
                false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("runtime java25 needs Java 25, but this test JVM is Java 17: forked environments"
                        + " run on a JDK 25 when one is found, and none was (looked at -Dlambdaharness.javaHome.java25,"
                        + " LAMBDA_HARNESS_JAVA25_HOME, JAVA25_HOME, JAVA_HOME_25_X64, JAVA_HOME_25_AARCH64, the test JVM"
                        + " and ")
                .hasMessageEndingWith("). Set -Dlambdaharness.javaHome.java25 (or LAMBDA_HARNESS_JAVA25_HOME) to a JDK 25,"
                        + " run the tests on one, or declare a runtime up to java17.");
    }

    @Test
    void aForkedFunctionOnItsRuntimesJdkRunsWithoutAWord() {
        PlacementPolicy java17 = new PlacementPolicy(HARNESS_CLIENT, "Linux", 17, runtime -> jdk(25), false);

        assertThat(java17.place(orders().runtime(JavaRuntime.JAVA25).build(), CODE, Isolation.FORKED, false).warnings())
                .isEmpty();
    }

    @Test
    void aForkedFunctionOnANewerJdkRunsWithAWarningNamingTheJdkAndTheFix() {
        PlacementPolicy java17 = new PlacementPolicy(HARNESS_CLIENT, "Linux", 17, runtime -> jdk(25), false);

        assertThat(java17.place(orders().runtime(JavaRuntime.JAVA21).build(), CODE, Isolation.FORKED, false).warnings())
                .singleElement().asString()
                .startsWith("Functions declaring runtime java21 run forked on Java 25 (/jdks/25): no JDK 21 was found"
                        + " (looked at -Dlambdaharness.javaHome.java21, ")
                .endsWith("). Their INIT_START runtime version ends in -on-java25; AWS_EXECUTION_ENV still says"
                        + " AWS_Lambda_java21. Set -Dlambdaharness.javaHome.java21 (or LAMBDA_HARNESS_JAVA21_HOME) to a"
                        + " JDK 21, or run the tests on one. Set lambdaharness.runtime.strict=true to refuse such a"
                        + " mismatch.");
    }

    @Test
    void anInProcessFunctionOnANewerTestJvmRunsWithAWarningThatNamesNoFunction() {
        PlacementPolicy java25 = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 25, runtime -> jdk(25), false);

        assertThat(java25.place(orders().runtime(JavaRuntime.JAVA21).build(), CODE, Isolation.IN_PROCESS, false)
                .warnings()).containsExactly("Functions declaring runtime java21 run in-process on the test JVM, Java 25,"
                        + " not on Java 21 as on Lambda. Their INIT_START runtime version ends in -on-java25;"
                        + " AWS_EXECUTION_ENV still says AWS_Lambda_java21. Run the tests on a JDK 21, or use"
                        + " Isolation.FORKED, which starts a JDK 21 when one is installed or set with"
                        + " -Dlambdaharness.javaHome.java21. Set lambdaharness.runtime.strict=true to refuse such a"
                        + " mismatch.");
        assertThat(java25.place(orders().runtime(JavaRuntime.JAVA25).build(), CODE, Isolation.IN_PROCESS, false)
                .warnings()).isEmpty();
    }

    @Test
    void strictModeRefusesEitherMismatchWithTheFix() {
        PlacementPolicy strict = new PlacementPolicy(HARNESS_CLIENT, "Linux", 25, runtime -> jdk(25), true);

        assertThatThrownBy(() -> strict.place(orders().runtime(JavaRuntime.JAVA21).build(), CODE, Isolation.IN_PROCESS,
                false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Functions declaring runtime java21 run in-process on the test JVM, Java 25, not on Java 21"
                        + " as on Lambda. Run the tests on a JDK 21, or use Isolation.FORKED, which starts a JDK 21 when"
                        + " one is installed or set with -Dlambdaharness.javaHome.java21; or turn strict runtime"
                        + " checking off (lambdaharness.runtime.strict=false) to run it on Java 25.");
        assertThatThrownBy(() -> strict.place(orders().runtime(JavaRuntime.JAVA21).build(), CODE, Isolation.FORKED,
                false))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("Functions declaring runtime java21 run forked on Java 25 (/jdks/25): no JDK 21"
                        + " was found")
                .hasMessageEndingWith("; or turn strict runtime checking off (lambdaharness.runtime.strict=false) to run"
                        + " it on Java 25.");
        assertThat(strict.place(orders().runtime(JavaRuntime.JAVA25).build(), CODE, Isolation.FORKED, false).warnings())
                .isEmpty();
    }

    private static JavaHome jdk(int feature) {
        return new JavaHome(Path.of("/jdks/" + feature), feature, "Linux", "amd64", false);
    }

    @Test
    void settingsThatWouldChangeResultsAreRefusedNamingEachOne() {
        PlacementPolicy policy = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 17);

        assertThatThrownBy(() -> policy.place(orders().snapStart(true).build(), CODE, Isolation.IN_PROCESS, true))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Lambda Harness cannot emulate yet: snapStart: snapshots, restore hooks and Restore"
                        + " Duration are not emulated yet. Remove these settings for the test.");
    }

    @Test
    void settingsThatAreNotEmulatedButChangeNoResultAreWarnedAboutOneByOne() {
        Placement placement = new PlacementPolicy(ForkedOptions.DEFAULTS, "Linux", 17).place(
                orders().reservedConcurrency(5).tracing(TracingMode.ACTIVE).build(), CODE, Isolation.IN_PROCESS, false);

        assertThat(placement.warnings()).containsExactly(
                "Function orders: tracing ACTIVE: invocations carry a sampled trace header and the function's own"
                        + " segments are kept (LambdaRuntime.traceSegments()), but Lambda's segments are not made and"
                        + " REPORT has no XRAY part");
    }

    @Test
    void aPrivateTmpIsWarnedAboutForInProcessFunctionsOnly() {
        ForkedOptions privateTmp = new ForkedOptions(true, Debugging.OFF, RuntimeClient.HARNESS, SpareEnvironments.NONE);
        PlacementPolicy policy = new PlacementPolicy(privateTmp, "Linux", 17);

        assertThat(policy.place(orders().build(), CODE, Isolation.IN_PROCESS, false).warnings()).containsExactly(
                "Function orders runs in-process, where /tmp is the test JVM's: privateTmp gives a /tmp of their own"
                        + " to forked environments only.");
    }

    @Test
    void javaToolOptionsAreWarnedAboutForInProcessFunctionsOnly() {
        PlacementPolicy policy = new PlacementPolicy(HARNESS_CLIENT, "Linux", 17);
        FunctionConfig config = orders().environment("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC").build();

        assertThat(policy.place(config, CODE, Isolation.IN_PROCESS, false).warnings()).containsExactly(
                "Function orders sets JAVA_TOOL_OPTIONS=-XX:+UseParallelGC, which in-process isolation cannot apply:"
                        + " the function runs in the test JVM, started without it, so its agents and JVM flags take no"
                        + " effect. Deploy it with Isolation.FORKED, whose JVM reads it as Lambda's does.");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sparesAreKeptForForkedFunctionsOnlyAndOnlyWhenAsked() {
        PlacementPolicy none = new PlacementPolicy(HARNESS_CLIENT, "Linux", 17);
        PlacementPolicy booted = new PlacementPolicy(HARNESS_CLIENT.withSpares(SpareEnvironments.BOOTED), "Linux", 17);

        assertThat(none.place(orders().build(), CODE, Isolation.FORKED, false).spares()).isFalse();
        assertThat(booted.place(orders().build(), CODE, Isolation.FORKED, false).spares()).isTrue();
        assertThat(booted.place(orders().build(), CODE, Isolation.IN_PROCESS, false).spares()).isFalse();
    }
}
