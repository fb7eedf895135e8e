package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The JDK's HttpURLConnection, under the AWS SDK's URL-connection client or on its own, waits 1 ms
 * before every POST on a kept-alive connection to check that it is open: the Invoke API answers its
 * POSTs with {@code Connection: close}, so it connects afresh instead; other clients keep theirs.
 */
class InvokeApiConnectionsTest {

    private final LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void postsOfHttpUrlConnectionAreAnsweredWithConnectionCloseAndOtherClientsKeepTheirConnections() throws Exception {
        runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello::handleRequest").functionName("hello")
                .build(), CorpusCode.code());
        URI invocations = runtime.invokeApiEndpoint().resolve("/2015-03-31/functions/hello/invocations");

        try (LambdaClient sdk = SdkClients.sync(runtime.invokeApiEndpoint())) {
            InvokeResponse answer = sdk.invoke(r -> r.functionName("hello").payload(SdkBytes.fromUtf8String("\"x\"")));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.sdkHttpResponse().firstMatchingHeader("Connection")).hasValue("close");
        }
        HttpURLConnection post = (HttpURLConnection) invocations.toURL().openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        try (OutputStream body = post.getOutputStream()) {
            body.write("\"x\"".getBytes());
        }
        try (InputStream answer = post.getInputStream()) {
            answer.readAllBytes();
        }
        assertThat(post.getResponseCode()).isEqualTo(200);
        assertThat(post.getHeaderField("Connection")).isEqualTo("close");

        HttpResponse<String> other = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(invocations).POST(HttpRequest.BodyPublishers.ofString("\"x\"")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Connection")).isEmpty();
        HttpURLConnection get = (HttpURLConnection) invocations.toURL().openConnection();
        assertThat(get.getResponseCode()).isEqualTo(404);
        assertThat(get.getHeaderField("Connection")).isNull();
    }
}
