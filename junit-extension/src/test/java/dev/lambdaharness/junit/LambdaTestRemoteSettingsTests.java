package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.testkit.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The remote target's settings where lambda-harness-remote is not on the class path, as in a project
 * that never went remote: one message naming the dependency, or the parameter that is wrong, before
 * the class's first test.
 */
class LambdaTestRemoteSettingsTests {

    @Test
    void aRemoteFunctionWithoutTheRemoteArtifactNamesTheDependencyToAdd() {
        assertThat(refusal(Engine.run(RemoteCase.class, Map.of(LambdaTest.REMOTE_ENDPOINT_PROPERTY_NAME,
                "http://127.0.0.1:9")))).hasMessage("Function 'greets' of RemoteCase cannot run here: Function 'greets'"
                + " is remote (Isolation.REMOTE), which invokes it through the AWS SDK's LambdaClient, but"
                + " dev.lambdaharness:lambda-harness-remote is not on the class path. Add the dependency"
                + " dev.lambdaharness:lambda-harness-remote (scope test).");
    }

    @Test
    void aRemoteParameterThatIsWrongIsNamed() {
        assertThat(refusal(Engine.run(RemoteCase.class, Map.of(LambdaTest.REMOTE_REGION_PROPERTY_NAME, "europe"))))
                .hasMessageStartingWith("A configuration parameter of the remote target is wrong: 'europe' is not an AWS"
                        + " region.");
        assertThat(refusal(Engine.run(RemoteCase.class, Map.of(LambdaTest.ISOLATION_PROPERTY_NAME, "cloud"))))
                .hasMessageContaining("Set it to in-process, forked or remote");
    }

    private static Throwable refusal(EngineExecutionResults results) {
        results.testEvents().assertStatistics(stats -> stats.started(0));
        return results.containerEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    @LambdaTest(name = "greets", handler = "dev.lambdaharness.junit.handlers.Greets", code = CODE,
            isolation = Isolation.REMOTE)
    static class RemoteCase {

        @Test
        void neverRuns(LambdaFunction greets) {
            greets.invoke("\"ada\"");
        }
    }
}
