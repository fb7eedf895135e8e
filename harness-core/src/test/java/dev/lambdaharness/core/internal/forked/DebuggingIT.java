package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.corpus.Sleeps;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code LambdaRuntime.Builder#debugPort}: a real debugger can attach to a forked child, and nothing times out meanwhile. */
class DebuggingIT {

    /** A one-second function asked to sleep two and a half. */
    private static final FunctionConfig SLOW = FunctionConfig.builder(Sleeps.class.getName() + "::handleRequest").timeout(1).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aForkedChildWaitsForAJdwpDebuggerAndIsNotTimedOutWhileDebugged() throws Exception {
        int port = freePort();
        ExecutorService invoker = Executors.newSingleThreadExecutor();
        try (LambdaRuntime runtime = LambdaRuntime.builder().debugPort(port).build()) {
            LambdaFunction function = runtime.function(SLOW, CorpusCode.code(), Isolation.FORKED);
            Future<InvocationResult> slow = invoker.submit(() -> function.invoke("2500"));

            try (JdwpClient debugger = JdwpClient.connect(port, 60)) {
                assertThat(debugger.handshake()).isEqualTo(JdwpClient.HANDSHAKE);
                // suspend=y: the child waits for the debugger before INIT, so the invocation cannot have ended.
                assertThat(slow).isNotDone();
                assertThat(debugger.vmVersion()).startsWith(Integer.toString(SLOW.runtime().featureVersion()));

                // The first environment holds the port: a second one, needed while the first is busy, is refused.
                assertThatThrownBy(() -> function.invoke("1"))
                        .isInstanceOfSatisfying(InvocationRejectedException.class,
                                e -> assertThat(e.lambdaErrorCode()).isEqualTo("TooManyRequestsException"))
                        .hasMessageContaining("needs debug port " + port + ", which Environment 1 of function")
                        .hasMessageContaining("Invoke one at a time while debugging");

                debugger.dispose();
            }

            InvocationResult result = slow.get(60, TimeUnit.SECONDS);
            assertThat(result.succeeded()).as("%s", result.logs()).isTrue();
            // It ran past its timeout untouched, and still saw Lambda's deadline (passed: the RIC counts down to 0).
            assertThat(result.payloadAsString()).isEqualTo("\"slept, 0 ms left\"");
            assertThat(result.report().durationMs()).isGreaterThan(2000.0);
            assertThat(result.report().status()).isEqualTo(InvocationStatus.SUCCESS);
            assertThat(function.environments().get(0).discarded()).isFalse();
        } finally {
            invoker.shutdownNow();
        }
        // Closing the runtime gave the port back: a new runtime's environment may take it.
        DebugPorts.claim(port, this, "the test");
        DebugPorts.release(port, this);
    }

    @Test
    void inProcessFunctionsRunWithoutTimeoutsWhileDebuggingAndLeaveThePortAlone() throws Exception {
        int port = freePort();
        try (LambdaRuntime runtime = LambdaRuntime.builder().debugPort(port).build()) {
            InvocationResult result = runtime.function(SLOW, CorpusCode.code()).invoke("1500");

            assertThat(result.succeeded()).as("%s", result.logs()).isTrue();
            assertThat(result.payloadAsString()).isEqualTo("\"slept, 0 ms left\"");
            try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(free.getLocalPort()).isEqualTo(port);
            }
        }
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            assertThat(runtime.function(SLOW, CorpusCode.code()).invoke("1500").report().status())
                    .isEqualTo(InvocationStatus.TIMEOUT);
        }
    }

    @Test
    void aPortAnotherProcessListensOnIsRefusedBeforeAnyChildStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             LambdaRuntime runtime = LambdaRuntime.builder().debugPort(taken.getLocalPort()).build()) {
            LambdaFunction function = runtime.function(SLOW, CorpusCode.code(), Isolation.FORKED);

            assertThatThrownBy(() -> function.invoke("1"))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("Debug port " + taken.getLocalPort() + " on 127.0.0.1 is taken by another process");
            assertThat(((ForkedEnvironment) function.environments().get(0)).process()).isEmpty();
        }
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> LambdaRuntime.builder().debugPort(70000))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("debugPort 70000 is no TCP port. Give one from 1 to 65535, for example 5005, the usual JDWP port.");
    }
}
