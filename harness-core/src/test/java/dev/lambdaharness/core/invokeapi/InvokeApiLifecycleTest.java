package dev.lambdaharness.core.invokeapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The Invoke API binds to 127.0.0.1 alone, on an ephemeral port, and closes with its runtime, threads and all. */
class InvokeApiLifecycleTest {

    @Test
    void itListensOn127001AloneAndLeavesNoPortOrThreadAfterClose() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        URI endpoint;
        Set<Thread> started;
        try (LambdaRuntime runtime = LambdaRuntime.builder().invokeApi(true).build()) {
            runtime.function(FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello::handleRequest")
                    .functionName("hello").build(), CorpusCode.code());
            endpoint = runtime.invokeApiEndpoint();
            try (LambdaClient lambda = SdkClients.sync(endpoint)) {
                assertThat(lambda.invoke(r -> r.functionName("hello").payload(SdkBytes.fromUtf8String("\"x\"")))
                        .statusCode()).isEqualTo(200);
            }
            started = Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread))
                    .filter(thread -> thread.getName().startsWith("lambda-harness-invoke-api")
                            || thread.getName().equals("HTTP-Dispatcher"))
                    .collect(Collectors.toSet());

            // Without TCP_NODELAY each round trip waited up to 40 ms for a delayed acknowledgement (BENCHMARKS.md).
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
            assertThat(endpoint.getScheme()).isEqualTo("http");
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.getPort()).isPositive();
            assertThat(started).extracting(Thread::getName).contains("HTTP-Dispatcher")
                    .anyMatch(name -> name.startsWith("lambda-harness-invoke-api"));
            // Another loopback address of this machine: a server bound to all addresses would answer there.
            assertThatThrownBy(() -> connect("127.0.0.2", endpoint.getPort())).isInstanceOf(ConnectException.class);
            connect("127.0.0.1", endpoint.getPort());
        }

        assertThatThrownBy(() -> connect("127.0.0.1", endpoint.getPort())).isInstanceOf(ConnectException.class);
        for (Thread thread : started) {
            thread.join(5_000);
        }
        assertThat(started).noneMatch(Thread::isAlive);
    }

    @Test
    void aRuntimeBuiltWithoutItSaysHowToGetIt() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            assertThatThrownBy(runtime::invokeApiEndpoint).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LambdaRuntime.builder().invokeApi(true)");
        }
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        }
    }
}
