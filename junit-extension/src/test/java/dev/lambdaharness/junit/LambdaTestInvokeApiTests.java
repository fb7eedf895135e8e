package dev.lambdaharness.junit;

import static dev.lambdaharness.junit.testkit.Engine.CODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.junit.testkit.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code @LambdaTest(invokeApi = true)}: the runtime's functions on Lambda's Invoke API, on loopback. */
class LambdaTestInvokeApiTests {

    @Test
    void theFunctionAnswersOnTheInvokeApiAndItsEnvironmentNamesTheEndpoint() {
        Engine.run(InvokeApiTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @LambdaTest(handler = "dev.lambdaharness.junit.handlers.Greets", code = CODE, invokeApi = true)
    static class InvokeApiTestCase {

        @Test
        void postedToTheInvokeApi(LambdaFunction greets, LambdaRuntime runtime) throws Exception {
            URI endpoint = runtime.invokeApiEndpoint();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    endpoint.resolve("/2015-03-31/functions/" + greets.config().functionName() + "/invocations"))
                    .POST(HttpRequest.BodyPublishers.ofString("\"ada\"")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Amz-Executed-Version")).contains("$LATEST");
            assertThat(response.body()).isEqualTo(greets.invoke("\"ada\"").payloadAsString());
            assertThat(greets.config().environment()).containsEntry("AWS_ENDPOINT_URL_LAMBDA", endpoint.toString());
        }
    }
}
