package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code start-lambda} in this JVM, driven by a plain HTTP client and stopped by closing its standard input. */
class StartLambdaTest {

    @Test
    void servesTheFunctionUntilStandardInputEnds() throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(stdin);
        PipedOutputStream stdout = new PipedOutputStream();
        BufferedReader lines = new BufferedReader(new InputStreamReader(new PipedInputStream(stdout), StandardCharsets.UTF_8));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"start-lambda",
                "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath", MainRun.classpath(), "--name", "hello"},
                input, new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        URI endpoint = URI.create(lines.readLine());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                endpoint.resolve("/2015-03-31/functions/hello/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString("\"http\"")).build(), HttpResponse.BodyHandlers.ofString());
        stdin.close();

        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("\"hello http\"");
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lambda-harness: serving hello on Lambda's Invoke API at "
                + endpoint).contains("REPORT RequestId: ").endsWith("lambda-harness: stopped.\n");
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).GET().build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }
}
