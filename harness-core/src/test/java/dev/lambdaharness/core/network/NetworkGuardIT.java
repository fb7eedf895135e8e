package dev.lambdaharness.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In forked children (the RIC's, and the harness's own runtime client), every way function code
 * opens a socket to 127.0.0.2 (treated as outside) fails at once with the guard's message, and
 * nothing reaches the listeners there; allowed, it connects.
 */
class NetworkGuardIT {

    private final OutsideListeners outside = new OutsideListeners();
    private LambdaRuntime runtime;

    @AfterEach
    void close() {
        if (runtime != null) {
            runtime.close();
        }
        outside.close();
    }

    @Test
    void everyWayToAnAddressOutsideFailsAtOnceUnderTheRuntimeInterfaceClient() {
        runtime = LambdaRuntime.create();
        NetworkGuardTest.assertRefusedEveryWay(runtime, Isolation.FORKED, outside);
    }

    @Test
    void everyWayToAnAddressOutsideFailsAtOnceUnderTheHarnessClient() {
        runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.HARNESS).build();
        NetworkGuardTest.assertRefusedEveryWay(runtime, Isolation.FORKED, outside);
    }

    @Test
    void anAllowedAddressIsReachedFromAChild() {
        runtime = LambdaRuntime.create();
        LambdaFunction function = runtime.function(FunctionConfig.builder(ConnectsOutside.class.getName())
                .allowedHosts("127.0.0.0/30").build(), NetworkCode.code(), Isolation.FORKED);

        assertThat(function.invoke("\"socket-connect " + OutsideListeners.HOST + " " + outside.tcpPort() + "\"")
                .payloadAsString()).isEqualTo("\"connected\"");
        assertThat(outside.reached()).isTrue();
    }
}
