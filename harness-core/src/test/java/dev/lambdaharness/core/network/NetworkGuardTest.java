package dev.lambdaharness.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In-process, every way function code opens a socket to 127.0.0.2 (treated as outside) fails at
 * once with the guard's message, and nothing reaches the listeners there; allowed, it connects.
 */
class NetworkGuardTest {

    /** Every way of opening a socket the guard covers. */
    static final List<String> WAYS = List.of("new-socket", "new-socket-address", "socket-connect", "socket-factory",
            "channel-open", "channel-connect", "async-channel", "datagram-send", "datagram-connect",
            "datagram-channel-send", "datagram-channel-connect", "url-connection", "url-stream", "http-client",
            "http-client-async");

    private final LambdaRuntime runtime = LambdaRuntime.create();
    private final OutsideListeners outside = new OutsideListeners();

    @AfterEach
    void close() {
        runtime.close();
        outside.close();
    }

    @Test
    void everyWayToAnAddressOutsideFailsAtOnceNamingItAndHowToAllowIt() {
        assertRefusedEveryWay(runtime, Isolation.IN_PROCESS, outside);
    }

    @Test
    void anAllowedAddressIsReached() {
        LambdaFunction function = runtime.function(FunctionConfig.builder(ConnectsOutside.class.getName())
                .allowedHosts(OutsideListeners.HOST).build(), NetworkCode.code());

        assertThat(function.invoke("\"new-socket " + OutsideListeners.HOST + " " + outside.tcpPort() + "\"")
                .payloadAsString()).isEqualTo("\"connected\"");
        assertThat(outside.reached()).isTrue();
    }

    @Test
    void theLoopbackAddressIsReachedWithoutAllowingIt() {
        try (OutsideListeners loopback = OutsideListeners.on("127.0.0.1")) {
            LambdaFunction function = runtime.function(FunctionConfig.builder(ConnectsOutside.class.getName()).build(),
                    NetworkCode.code());

            assertThat(function.invoke("\"socket-connect 127.0.0.1 " + loopback.tcpPort() + "\"").payloadAsString())
                    .isEqualTo("\"connected\"");
            assertThat(loopback.reached()).isTrue();
        }
    }

    static void assertRefusedEveryWay(LambdaRuntime runtime, Isolation isolation, OutsideListeners outside) {
        LambdaFunction function = runtime.function(FunctionConfig.builder(ConnectsOutside.class.getName()).build(),
                NetworkCode.code(), isolation);
        for (String way : WAYS) {
            int port = outside.portFor(way);
            String answer = function.invoke("\"" + way + " " + OutsideListeners.HOST + " " + port + "\"").payloadAsString();

            assertThat(answer).as(way).startsWith("\"java.net.ConnectException: Lambda Harness refused a connection from"
                    + " function code to 127.0.0.2:" + port + " (loopback, treated as outside by "
                    + AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY + ")");
            assertThat(answer).as(way).contains("allowedHosts(\\\"127.0.0.2\\\")", "-Dlambdaharness.allowedHosts=127.0.0.2");
            assertThat(outside.reached()).as(way).isFalse();
        }
    }
}
