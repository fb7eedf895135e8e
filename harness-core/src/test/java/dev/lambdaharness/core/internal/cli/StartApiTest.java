package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code start-api} in this JVM: a template's HttpApi (both payload formats) and Api events served, driven by a plain HTTP client. */
class StartApiTest {

    @TempDir
    Path dir;

    @Test
    void servesTheTemplatesRoutesPrintsThemAndStopsWhenStandardInputEnds() throws Exception {
        Path template = Files.writeString(dir.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: java17
                    CodeUri: %s
                Resources:
                  Responses:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: dev.lambdaharness.core.fronts.HttpResponses::handleRequest
                      Events:
                        Object:
                          Type: HttpApi
                          Properties: {Path: /object, Method: GET}
                        Strict:
                          Type: HttpApi
                          Properties: {Path: /object, Method: POST, PayloadFormatVersion: '1.0'}
                        Legacy:
                          Type: Api
                          Properties: {Path: '/legacy/{proxy+}', Method: any}
                """.formatted(CorpusCode.testClasses()));
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream input = new PipedInputStream(stdin);
        PipedOutputStream stdout = new PipedOutputStream();
        BufferedReader lines = new BufferedReader(new InputStreamReader(new PipedInputStream(stdout), StandardCharsets.UTF_8));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Main.run(new String[] {"start-api",
                "--template", template.toString()}, input, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));

        URI base = URI.create(lines.readLine());
        List<String> routes = List.of(lines.readLine(), lines.readLine(), lines.readLine());
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> http = client.send(HttpRequest.newBuilder(base.resolve("object")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> strict = client.send(HttpRequest.newBuilder(base.resolve("object"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        URI rest = URI.create(routes.get(2).split(" ")[1].replace("%7Bproxy+%7D", "").replace("{proxy+}", ""));
        HttpResponse<String> legacy = client.send(HttpRequest.newBuilder(rest.resolve("a/b")).build(),
                HttpResponse.BodyHandlers.ofString());
        stdin.close();

        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(routes.get(0)).isEqualTo("GET " + base + "object Responses");
        assertThat(routes.get(1)).isEqualTo("POST " + base + "object Responses");
        assertThat(routes.get(2)).matches("ANY http://127\\.0\\.0\\.1:\\d+/prod/legacy/\\{proxy\\+} Responses");
        assertThat(http.statusCode()).isEqualTo(200);
        assertThat(http.body()).isEqualTo("{\"ok\":true}");
        // Format 1.0 infers nothing: the same {"ok":true} without a statusCode is the API's 500.
        assertThat(strict.statusCode()).isEqualTo(500);
        assertThat(strict.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.body()).isEqualTo("path /legacy/a/b");
        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("lambda-harness: serving 3 route(s)")
                .contains("REPORT RequestId: ").endsWith("lambda-harness: stopped.\n");
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(base).GET().build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }
}
