package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * A bounded load: 50 SDK clients at once, 20 invocations each, of a function whose reserved
 * concurrency is 20. Every answer is its own request's, and the throttles the clients see are the
 * ones the function counted.
 */
class InvokeApiLoadTest {

    private static final int CLIENTS = 50;
    private static final int INVOCATIONS = 20;
    private static final int RESERVED = 20;

    @Test
    void fiftyClientsTimesTwentyGetTheirOwnAnswersOrThrottles() throws Exception {
        try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
            LambdaFunction upper = runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Upper")
                    // A minute, not Lambda's 3 s: on a busy machine twenty cold starts at once can take longer, and
                    // this test is about answers and throttles, not timeouts.
                    .functionName("upper").reservedConcurrency(RESERVED).timeout(java.time.Duration.ofSeconds(60)).build(),
                    CorpusCode.code());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<int[]>> outcomes = new ArrayList<>();
            try {
                for (int client = 0; client < CLIENTS; client++) {
                    int id = client;
                    outcomes.add(clients.submit(() -> run(runtime, id)));
                }
                int answered = 0;
                int throttled = 0;
                for (Future<int[]> outcome : outcomes) {
                    answered += outcome.get()[0];
                    throttled += outcome.get()[1];
                }

                assertThat(answered + throttled).isEqualTo(CLIENTS * INVOCATIONS);
                assertThat(upper.metrics().invocations()).isEqualTo(answered);
                assertThat(upper.metrics().throttles()).isEqualTo(throttled);
                assertThat(upper.environments().size()).isBetween(1, RESERVED);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** One client's invocations: how many were answered (each with its own payload) and how many throttled. */
    private static int[] run(LambdaRuntime runtime, int client) {
        int answered = 0;
        int throttled = 0;
        try (LambdaClient lambda = SdkClients.sync(runtime.invokeApiEndpoint())) {
            for (int i = 0; i < INVOCATIONS; i++) {
                String payload = "\"client " + client + " call " + i + "\"";
                try {
                    InvokeResponse response = lambda.invoke(r -> r.functionName("upper").payload(SdkBytes.fromUtf8String(payload)));
                    assertThat(response.payload().asUtf8String()).isEqualTo(payload.toUpperCase(java.util.Locale.ROOT));
                    answered++;
                } catch (TooManyRequestsException throttle) {
                    assertThat(throttle.reasonAsString()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
                    throttled++;
                }
            }
        }
        return new int[] {answered, throttled};
    }
}
