package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.corpus.CorpusCode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeoutScaleTest {

    private final Logger harnessLogger = Logger.getLogger("dev.lambdaharness");
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        harnessLogger.addHandler(capture);
    }

    @AfterEach
    void releaseLogs() {
        harnessLogger.removeHandler(capture);
    }

    @Test
    void aScaledTimeoutLetsASlowInvocationFinishAndSaysItWouldHaveTimedOutOnLambda() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().timeoutScale(3).build()) {
            LambdaFunction sleeps = runtime.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(1).build(), CorpusCode.code());

            InvocationResult result = sleeps.invoke("1500");

            assertThat(result.succeeded()).isTrue();
            // The deadline is stretched with the limit: 3 s, of which 1.5 s were slept.
            int left = Integer.parseInt(result.payloadAsString().replaceAll("\\D", ""));
            assertThat(left).isBetween(1, 1500);
            assertThat(sleeps.config().timeout()).hasSeconds(1);
            assertThat(logged).anySatisfy(line -> assertThat(line).startsWith("INFO Timeouts are scaled by 3.0:"));
            assertThat(logged).anySatisfy(line -> assertThat(line)
                    .startsWith("WARNING Function Sleeps, request " + result.requestId() + ": ran 1.5")
                    .endsWith(" s, over its timeout of 1 s; on Lambda it would have timed out. It did not here"
                            + " because timeouts are scaled by 3.0 (to 3.00 s)."));
        }
    }

    @Test
    void aTimeoutUnderAScaleKeepsLambdasErrorAndReportAndLogsTheStretchedLimit() {
        try (LambdaRuntime runtime = LambdaRuntime.builder().timeoutScale(2).build()) {
            LambdaFunction sleeps = runtime.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(1).build(), CorpusCode.code());

            long started = System.nanoTime();
            InvocationResult result = sleeps.invoke("5000");
            long tookMs = (System.nanoTime() - started) / 1_000_000;

            assertThat(tookMs).isGreaterThanOrEqualTo(2000);
            assertThat(result.error().orElseThrow().errorMessage())
                    .isEqualTo("RequestId: " + result.requestId() + " Error: Task timed out after 1.00 seconds");
            assertThat(result.report().status()).isEqualTo(InvocationStatus.TIMEOUT);
            assertThat(result.report().durationMs()).isEqualTo(1000.0);
            assertThat(logged).anySatisfy(line -> assertThat(line)
                    .startsWith("WARNING Function Sleeps, request " + result.requestId() + ": timed out after 2.")
                    .endsWith(" s against its timeout of 1 s scaled by 2.0 to 2.00 s."));
        }
    }

    @Test
    void withoutAScaleNothingIsLoggedAndLambdasLimitHolds() {
        try (LambdaRuntime runtime = LambdaRuntime.create()) {
            LambdaFunction sleeps = runtime.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(1).build(), CorpusCode.code());

            InvocationResult result = sleeps.invoke("1500");

            assertThat(runtime.timeoutScale()).isEqualTo(1.0);
            assertThat(result.report().status()).isEqualTo(InvocationStatus.TIMEOUT);
            assertThat(logged).noneSatisfy(line -> assertThat(line).contains("scale"));
        }
    }

    @Test
    void theFactorIsLoggedOncePerJvmSinceASuiteBuildsARuntimePerTest() {
        LambdaRuntime.builder().timeoutScale(2.5).build().close();
        LambdaRuntime.builder().timeoutScale(2.5).build().close();

        assertThat(logged.stream().filter(line -> line.startsWith("INFO Timeouts are scaled by 2.5:"))).hasSize(1);
    }

    @Test
    void aScaleBelowOneOrNotFiniteIsRefused() {
        for (double factor : new double[] {0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> LambdaRuntime.builder().timeoutScale(factor))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("timeoutScale " + factor + " is not valid: the scale stretches Lambda's time limits"
                            + " for slow machines, so it is a finite factor of at least 1 (1 keeps Lambda's limits)."
                            + " Use, for example, 2 on a CI runner that is twice as slow.");
        }
    }

    @Test
    void listenersHearEveryCompletedInvocationOfEveryFunction() {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (LambdaRuntime runtime = LambdaRuntime.builder()
                .invocationListener((function, result) -> heard.add(function.config().functionName() + " "
                        + result.requestId() + " " + result.succeeded()))
                .build()) {
            LambdaFunction hello = runtime.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello").build(), CorpusCode.code());
            LambdaFunction sleeps = runtime.function(
                    FunctionConfig.builder("dev.lambdaharness.core.corpus.Sleeps").timeout(1).build(), CorpusCode.code());

            InvocationResult first = hello.invoke("\"a\"");
            InvocationResult second = sleeps.invoke("\"not a number\"");
            assertThatThrownBy(() -> hello.invoke("not json")).isInstanceOf(InvocationRejectedException.class);

            assertThat(second.succeeded()).isFalse();
            assertThat(heard).containsExactly("Hello " + first.requestId() + " true",
                    "Sleeps " + second.requestId() + " false");
        }
        assertThat(logged.stream().filter(line -> line.contains("scale")).collect(Collectors.toList())).isEmpty();
    }
}
