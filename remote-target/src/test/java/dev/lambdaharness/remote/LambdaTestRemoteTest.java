package dev.lambdaharness.remote;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.Function;
import dev.lambdaharness.junit.LambdaTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code @LambdaTest} against deployed functions: one test class passes locally and, with
 * {@code lambdaharness.isolation=remote} and the remote parameters, against the functions deployed
 * behind a runtime's Invoke API on loopback; a remote class hears what it cannot do.
 */
class LambdaTestRemoteTest {

    private static final String CODE = "target/test-classes";

    @Test
    void theSameTestsPassLocallyAndAgainstTheDeployedFunctions() {
        try (DeployedFunctions aws = new DeployedFunctions()) {
            run(SameAssertions.class, Map.of()).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
            assertThat(aws.greets.metrics().invocations()).isZero();

            run(SameAssertions.class, remote(aws)).testEvents()
                    .assertStatistics(stats -> stats.started(2).succeeded(2));
            assertThat(aws.greets.metrics().invocations()).isEqualTo(2);
            assertThat(aws.fails.metrics().errors()).isEqualTo(1);
        }
    }

    @Test
    void aRemoteFunctionSaysWhatItCannotDo() {
        try (DeployedFunctions aws = new DeployedFunctions()) {
            run(RemoteOnly.class, Map.of(LambdaTest.REMOTE_ENDPOINT_PROPERTY_NAME, aws.endpoint(),
                    LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX + "greets", "greets-deployed"))
                    .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        }
    }

    @Test
    void aRemoteClassWithoutALoopbackEndpointIsRefusedBeforeItsTests() {
        EngineExecutionResults results = run(RemoteOnly.class, Map.of());
        results.testEvents().assertStatistics(stats -> stats.started(0));
        Throwable refused = results.containerEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertThat(refused).hasMessageContaining("Function 'greets' of RemoteOnly cannot run here")
                .hasMessageContaining("lambdaharness.remote.loopbackOnly=true");
    }

    private static Map<String, String> remote(DeployedFunctions aws) {
        return Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "remote",
                LambdaTest.REMOTE_ENDPOINT_PROPERTY_NAME, aws.endpoint(),
                LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX + "greets", "greets-deployed",
                LambdaTest.REMOTE_FUNCTION_PROPERTY_PREFIX + "fails", "fails-deployed");
    }

    private static EngineExecutionResults run(Class<?> testCase, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase))
                .configurationParameters(configuration).execute();
    }

    @LambdaTest(name = "greets", handler = "dev.lambdaharness.remote.handlers.Greets", code = CODE,
            memory = DeployedFunctions.MEMORY)
    @LambdaTest(name = "fails", handler = "dev.lambdaharness.remote.handlers.Fails", code = CODE,
            memory = DeployedFunctions.MEMORY)
    static class SameAssertions {

        @Test
        void answersAndLogs(@Function("greets") LambdaFunction greets) {
            InvocationResult first = greets.invoke("\"ada\"");

            assertThat(first).succeeded().hasPayload("\"hello ada\"").wasColdStart();
            assertThat(first).logs().contain("greeting ada").containLine("over two lines");
            assertThat(first).report().hasRequestId(first.requestId()).memorySize().isEqualTo(DeployedFunctions.MEMORY);
            assertThat(first).report().initDuration().isPositive();
            assertThat(greets.invoke("\"bob\"")).hasPayload("\"hello bob\"").wasWarmStart();
        }

        @Test
        void failsWithTheHandlersException(@Function("fails") LambdaFunction fails) {
            InvocationResult result = fails.invoke("\"boom\"");

            assertThat(result).failedWith("java.lang.IllegalStateException").hasErrorMessage("boom")
                    .hasFunctionErrorType("Runtime.UserException");
            assertThat(result).logs().contain("about to fail with boom");
        }
    }

    @LambdaTest(name = "greets", handler = "dev.lambdaharness.remote.handlers.Greets", code = CODE,
            isolation = Isolation.REMOTE)
    static class RemoteOnly {

        @Test
        void versionsAndMetricsAreTheDeployments(LambdaFunction greets) {
            assertThat(greets.remote()).isTrue();
            assertThat(greets.invoke("\"ada\"")).hasPayload("\"hello ada\"");
            assertThatThrownBy(greets::publishVersion).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessage("publishVersion is not available for function 'greets': its target is remote"
                            + " (Isolation.REMOTE, the deployed greets-deployed), which the harness only invokes. Publish"
                            + " versions and aliases with the tool that deploys the function (SAM, CDK, CloudFormation)"
                            + " and name one with qualified(\"live\") or the function mapping"
                            + " (lambdaharness.remote.function.<name>=<deployed>:<qualifier>), or run this test"
                            + " in-process or forked.");
            assertThatThrownBy(greets::metrics).hasMessageContaining("Read them in CloudWatch");
        }
    }
}
