package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reserved concurrency, the account's limit and throttles, in-process. */
class ConcurrencyTest {

    private static final String GATED = "dev.lambdaharness.core.corpus.WaitsForGate::handle";

    @TempDir
    Path directory;

    @Test
    void callersBeyondTheReservedConcurrencyAreThrottledAndTheRestRunInEnvironmentsOfTheirOwn() {
        GatedLoad.runsReservedAndThrottlesTheRest(Isolation.IN_PROCESS, 12, 4, directory);
    }

    @Test
    void aReservedConcurrencyOfZeroThrottlesEveryInvocationWithLambdasBody() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder(GATED).functionName("closed")
                    .reservedConcurrency(0).build(), CorpusCode.code());

            assertThatThrownBy(() -> function.invoke("{}"))
                    .isInstanceOfSatisfying(TooManyRequestsException.class, throttle -> {
                        assertThat(throttle.statusCode()).isEqualTo(429);
                        assertThat(throttle.lambdaErrorCode()).isEqualTo("TooManyRequestsException");
                        assertThat(throttle.reason()).isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
                        assertThat(throttle.type()).isEqualTo("User");
                        assertThat(throttle.serviceMessage()).isEqualTo("Rate Exceeded.");
                        assertThat(throttle.retryAfterSeconds()).isEqualTo(1);
                        assertThat(throttle.body()).isEqualTo("{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\","
                                + "\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}");
                        assertThat(throttle).hasMessage("Invocation of arn:aws:lambda:us-east-1:123456789012:function:closed"
                                + " throttled (TooManyRequestsException, Reason ReservedFunctionConcurrentInvocationLimitExceeded):"
                                + " its reserved concurrency is 0, so Lambda throttles every invocation. Reserve more"
                                + " (putReservedConcurrency), or delete the reservation.");
                    });
            assertThat(function.environments()).isEmpty();

            function.deleteReservedConcurrency();

            assertThat(function.invoke("{}").succeeded()).isTrue();
        }
    }

    @Test
    void theAccountLimitThrottlesFunctionsWithoutReservationsWithTheAccountsReason() throws Exception {
        try (LambdaRuntime runtime = LambdaRuntime.builder().accountConcurrency(1).build()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder(GATED).functionName("shared").timeout(60).build(),
                    CorpusCode.code());
            Path gate = directory.resolve("gate");
            Thread holder = new Thread(() -> function.invoke(Map.of("gate", gate.toString())));
            holder.start();
            org.awaitility.Awaitility.await().until(() -> directory.toFile().list().length == 1);

            assertThatThrownBy(() -> function.invoke(Map.of("sleepMillis", 0)))
                    .isInstanceOfSatisfying(TooManyRequestsException.class, throttle -> {
                        assertThat(throttle.reason()).isEqualTo(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
                        assertThat(throttle.body()).isEqualTo(
                                "{\"Reason\":\"ConcurrentInvocationLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}");
                        assertThat(throttle).hasMessageEndingWith("1 invocations of functions without reserved concurrency are"
                                + " running, all the account's unreserved concurrency (1 of its limit of 1). Invoke fewer at"
                                + " once, or raise the limit (LambdaRuntime.Builder.accountConcurrency).");
                    });
            java.nio.file.Files.createFile(gate);
            holder.join();
            assertThat(function.invoke(Map.of("sleepMillis", 0)).succeeded()).isTrue();
        }
    }

    @Test
    void reservationsMayNotBringTheUnreservedPoolBelowOneHundred() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction first = runtime.function(FunctionConfig.builder(GATED).functionName("first").build(), CorpusCode.code());
            LambdaFunction second = runtime.function(FunctionConfig.builder(GATED).functionName("second").build(), CorpusCode.code());

            first.putReservedConcurrency(900);

            assertThat(runtime.unreservedConcurrency()).isEqualTo(100);
            assertThatThrownBy(() -> second.putReservedConcurrency(1))
                    .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                        assertThat(e.setting()).isEqualTo("reservedConcurrentExecutions");
                        assertThat(e.value()).isEqualTo("1");
                        assertThat(e.lambdaErrorCode()).isEqualTo("InvalidParameterValueException");
                    })
                    .hasMessage("reservedConcurrentExecutions 1 of function 'second' is more than the account can reserve:"
                            + " with an account limit of 1000 and 900 reserved by other functions, at most 0 can be reserved"
                            + " (InvalidParameterValueException: Specified ReservedConcurrentExecutions for function decreases"
                            + " account's UnreservedConcurrentExecution below its minimum value of [100].). Reserve at most 0,"
                            + " or raise the account's limit (LambdaRuntime.Builder.accountConcurrency).");
            first.putReservedConcurrency(899);
            second.putReservedConcurrency(1);
            assertThat(runtime.unreservedConcurrency()).isEqualTo(100);
            assertThat(second.reservedConcurrency()).hasValue(1);
        }
    }

    @Test
    void anAccountBelowOneHundredCannotReserveAnything() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().accountConcurrency(10).build()) {
            assertThatThrownBy(() -> runtime.function(FunctionConfig.builder(GATED).reservedConcurrency(1).build(), CorpusCode.code()))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("below its minimum value of [10].");
        }
    }

    @Test
    void reservedConcurrencyOutOfLambdasRangeIsRefusedWithItsValidationMessage() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction function = runtime.function(FunctionConfig.builder(GATED).build(), CorpusCode.code());

            assertThatThrownBy(() -> function.putReservedConcurrency(-1))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("reservedConcurrentExecutions -1 is out of range: Lambda accepts 0 to 1000 executions");
        }
    }

    @Test
    void anAccountLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> LambdaRuntime.builder().accountConcurrency(0))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("accountConcurrency 0 leaves no function room to run. Give at least 1; Lambda's default is 1000.");
    }
}
