package dev.lambdaharness.core.internal.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvokeApiServerTest {

    @Test
    void aFailureOfTheHarnessIsAnsweredAsAServiceErrorNotADroppedConnection() throws Exception {
        InvokeTargets failing = name -> {
            throw new UnsupportedOperationException("lookup failed");
        };
        try (InvokeApiServer api = InvokeApiServer.start(failing)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    api.endpoint().resolve("/2015-03-31/functions/f/invocations"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("X-Amzn-ErrorType")).hasValue("ServiceException");
            assertThat(response.body()).contains("lookup failed").doesNotContain("\\tat ");
        }
    }

    @Test
    void functionNamesAreReadInEveryFormTheServiceTakes() {
        assertThat(FunctionName.parse("orders")).hasValue(new FunctionName("orders", Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(FunctionName.parse("orders:live")).hasValue(new FunctionName("orders", Optional.empty(),
                Optional.empty(), Optional.of("live")));
        assertThat(FunctionName.parse("123456789012:function:orders:3")).hasValue(new FunctionName("orders",
                Optional.empty(), Optional.of("123456789012"), Optional.of("3")));
        assertThat(FunctionName.parse("arn:aws:lambda:eu-west-1:123456789012:function:orders")).hasValue(
                new FunctionName("orders", Optional.of("eu-west-1"), Optional.of("123456789012"), Optional.empty()));
        assertThat(FunctionName.parse("arn:aws:s3:::bucket")).isEmpty();
        assertThat(FunctionName.parse("orders:")).isEmpty();
        assertThat(FunctionName.parse("a:b:c")).isEmpty();
    }
}
