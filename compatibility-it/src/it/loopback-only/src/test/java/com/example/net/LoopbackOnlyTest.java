package com.example.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.TraceSegment;
import dev.lambdaharness.junit.LambdaTest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@LambdaTest(handler = "com.example.net.CallsOut")
class LoopbackOnlyTest {

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"IN_PROCESS", "FORKED"})
    void aConnectionToAnAddressOutsideFailsAtOnceNamingItAndHowToAllowIt(Isolation isolation, LambdaRuntime runtime)
            throws Exception {
        LambdaFunction function = runtime.function(FunctionConfig.builder("com.example.net.CallsOut").build(),
                FunctionCode.fromTestClasspath(), isolation);
        try (ServerSocketChannel listener = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0))) {
            listener.configureBlocking(false);
            int port = listener.socket().getLocalPort();

            String answer = function.invoke("\"127.0.0.2:" + port + "\"").payloadAsString();

            assertTrue(answer.startsWith("\"java.net.ConnectException: Lambda Harness refused a connection from function"
                    + " code to 127.0.0.2:" + port + " (loopback, treated as outside"), answer);
            assertTrue(answer.contains("allowedHosts(\\\"127.0.0.2\\\")"), answer);
            // Nothing connected: a completed connection would be waiting in the listener's backlog.
            assertNull(listener.accept());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Isolation.class, names = {"IN_PROCESS", "FORKED"})
    void aTracedFunctionsSegmentReachesTheRuntimesDaemon(Isolation isolation, LambdaRuntime runtime) {
        LambdaFunction function = runtime.function(FunctionConfig.builder("com.example.net.SendsSegment").build(),
                FunctionCode.fromTestClasspath(), isolation);

        String daemon = function.invoke(InvocationRequest.of("\"lookup\"")
                .withTraceHeader("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"))
                .payloadAsString();

        assertEquals("\"" + runtime.xrayDaemonAddress() + "\"", daemon);
        assertTrue(runtime.xrayDaemonAddress().startsWith("127.0.0.1:"), daemon);
        List<TraceSegment> segments = runtime.traceSegments();
        assertEquals(1, segments.size(), segments::toString);
        assertEquals("lookup", segments.get(0).name());
        assertEquals("1-5759e988-bd862e3fe1be46a994272793", segments.get(0).traceId());
    }
}
