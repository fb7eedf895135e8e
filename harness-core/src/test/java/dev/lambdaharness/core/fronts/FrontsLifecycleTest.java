package dev.lambdaharness.core.fronts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.HttpApiConfig;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fronts bind to 127.0.0.1 alone, on ephemeral ports, and close with their runtime, threads and all. */
class FrontsLifecycleTest {

    @Test
    void theyListenOn127001AloneAndLeaveNoPortOrThreadAfterClose() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<URI> fronts;
        Set<Thread> started;
        try (LambdaRuntime runtime = LambdaRuntime.builder().build()) {
            LambdaFunction echo = runtime.function(FunctionConfig.builder(EchoesEvent.class.getName())
                    .functionName("echo").build(), CorpusCode.code());
            fronts = List.of(runtime.httpApi(HttpApiConfig.builder().route("$default", echo).build()),
                    runtime.functionUrl(echo));
            for (URI front : fronts) {
                assertThat(FrontClient.send(FrontClient.get(front)).statusCode()).isEqualTo(200);
                assertThat(front.getScheme()).isEqualTo("http");
                assertThat(front.getHost()).isEqualTo("127.0.0.1");
                // Another loopback address of this machine: a server bound to all addresses would answer there.
                assertThatThrownBy(() -> connect("127.0.0.2", front.getPort())).isInstanceOf(ConnectException.class);
            }
            started = Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread))
                    .filter(thread -> thread.getName().startsWith("lambda-harness-http-api")
                            || thread.getName().startsWith("lambda-harness-function-url"))
                    .collect(Collectors.toSet());
            assertThat(started).isNotEmpty();
        }

        for (URI front : fronts) {
            assertThatThrownBy(() -> connect("127.0.0.1", front.getPort())).isInstanceOf(ConnectException.class);
        }
        for (Thread thread : started) {
            thread.join(5_000);
        }
        assertThat(started).noneMatch(Thread::isAlive);
    }

    @Test
    void aClosedRuntimeServesNoFront() {
        LambdaRuntime runtime = LambdaRuntime.builder().build();
        LambdaFunction echo = runtime.function(FunctionConfig.builder(EchoesEvent.class.getName()).functionName("echo")
                .build(), CorpusCode.code());
        runtime.close();

        assertThatThrownBy(() -> runtime.functionUrl(echo)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        }
    }
}
