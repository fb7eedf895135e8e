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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code start-api} as its own JVM, called with a plain HTTP client and stopped with Ctrl-C (SIGINT). */
class StartApiIT {

    @TempDir
    Path dir;

    @Test
    void servesTheFunctionAsTheDefaultRouteUntilCtrlC() throws Exception {
        assumeThat(File.separatorChar).as("SIGINT is sent with kill, which POSIX systems have").isEqualTo('/');
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "start-api",
                "--handler", "dev.lambdaharness.core.fronts.HttpResponses", "--classpath", MainRun.classpath(),
                "--name", "responses")
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            URI base = URI.create(stdout.readLine());
            assertThat(stdout.readLine()).isEqualTo("ANY " + base + "* responses");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("any/path"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("path /any/path");
            Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start();
            assertThat(interrupt.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the server ended on SIGINT").isTrue();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 2_000);
                }
            }).isInstanceOf(ConnectException.class);
        } finally {
            child.destroyForcibly();
        }
    }
}
