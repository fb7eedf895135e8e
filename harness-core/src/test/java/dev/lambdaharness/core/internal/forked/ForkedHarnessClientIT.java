package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.internal.forked.client.ClientBoot;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link ForkedEnvironmentIT} again, with the children running the harness's own
 * runtime client instead of the RIC: the expectations are the same, since they are what the RIC did.
 */
class ForkedHarnessClientIT extends ForkedEnvironmentIT {

    @Override
    RuntimeClient client() {
        return RuntimeClient.HARNESS;
    }

    @Override
    String mainClass() {
        return ClientBoot.class.getName();
    }

    @Test
    void namesTheHarnessClientInTheRuntimeVersionOfInitStart() {
        try (ForkedEnvironment environment = environment(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello").build())) {
            InvocationResult result = environment.invoke(InvocationRequest.of("\"x\""));

            assertThat(environment.runtimeClient()).isEqualTo(RuntimeClient.HARNESS);
            assertThat(result.logs()).filteredOn(event -> event.source() == LogEvent.Source.PLATFORM).first()
                    .extracting(LogEvent::message).asString()
                    .matches("INIT_START Runtime Version: java:\\d+\\.vLH1-harness-client\\tRuntime Version ARN: .*");
        }
    }
}
