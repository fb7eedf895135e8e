package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code start-lambda} as its own JVM, driven by a plain HTTP client and stopped with Ctrl-C (SIGINT). */
class StartLambdaIT {

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheServerAndClosesItsPort() throws Exception {
        assumeThat(File.separatorChar).as("SIGINT is sent with kill, which POSIX systems have").isEqualTo('/');
        Path errors = dir.resolve("stderr.txt");
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "start-lambda",
                "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath", MainRun.classpath(), "--name", "hello")
                .redirectError(errors.toFile()).start();
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            URI endpoint = URI.create(stdout.readLine());
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    endpoint.resolve("/2015-03-31/functions/hello/invocations"))
                    .POST(HttpRequest.BodyPublishers.ofString("\"child\"")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo("\"hello child\"");
            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
            assertThat(interrupt.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the server ended on SIGINT").isTrue();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 2_000);
                }
            }).isInstanceOf(ConnectException.class);
            List<String> logged = Files.readAllLines(errors);
            assertThat(logged).anyMatch(line -> line.startsWith("REPORT RequestId: "))
                    .noneMatch(line -> line.contains("Exception"));
        } finally {
            child.destroyForcibly();
        }
    }
}
