package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Isolation.REMOTE where lambda-harness-remote is not on the class path, as in a project that never went remote. */
class RemoteIsolationTest {

    @Test
    void withoutTheRemoteArtifactARemoteFunctionIsRefusedNamingTheDependencyToAdd() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().remote(RemoteConfig.builder()
                .endpoint(URI.create("http://127.0.0.1:9")).build()).build()) {
            assertThatThrownBy(() -> runtime.function(FunctionConfig.builder("example.Orders").build(),
                    FunctionCode.fromPaths(Path.of("target/test-classes")), Isolation.REMOTE))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("Function 'Orders' is remote (Isolation.REMOTE), which invokes it through the AWS SDK's"
                            + " LambdaClient, but dev.lambdaharness:lambda-harness-remote is not on the class path. Add"
                            + " the dependency dev.lambdaharness:lambda-harness-remote (scope test).");
        }
    }

    @Test
    void onlyLiteralLoopbackAddressesAndLocalhostAreLoopbackEndpoints() {
        for (String endpoint : new String[] {"http://127.0.0.1:3001", "http://127.1.2.3", "http://localhost:9",
                "http://[::1]:3001"}) {
            assertThat(RemoteConfig.builder().endpoint(URI.create(endpoint)).build().loopbackEndpoint()).as(endpoint).isTrue();
        }
        // A name is never looked up: "cafe" could be anything a name server says.
        for (String endpoint : new String[] {"https://lambda.us-east-1.amazonaws.com", "http://10.0.0.1", "http://cafe:80",
                "http://[2001:db8::1]"}) {
            assertThat(RemoteConfig.builder().endpoint(URI.create(endpoint)).build().loopbackEndpoint()).as(endpoint).isFalse();
        }
        assertThat(RemoteConfig.defaults().loopbackEndpoint()).isFalse();
    }

    @Test
    void aMappingToWhatIsNoFunctionNameIsRefused() {
        assertThatThrownBy(() -> RemoteConfig.builder().function("orders", "arn:aws:s3:::bucket"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'arn:aws:s3:::bucket', which is no function name, name:qualifier or ARN");
        assertThatThrownBy(() -> RemoteConfig.builder().endpoint(URI.create("file:///tmp/lambda")))
                .hasMessageContaining("is not an http or https URI with a host");
    }
}
