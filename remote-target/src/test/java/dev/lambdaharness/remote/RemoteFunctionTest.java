package dev.lambdaharness.remote;

import static dev.lambdaharness.remote.DeployedFunctions.CODE;
import static dev.lambdaharness.remote.DeployedFunctions.MEMORY;
import static dev.lambdaharness.remote.DeployedFunctions.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.AsyncInvocation;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.FunctionError;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.InvocationListener;
import dev.lambdaharness.core.InvocationRejectedException;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.InvocationStatus;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.RemoteConfig;
import dev.lambdaharness.core.ThrottleReason;
import dev.lambdaharness.core.TooManyRequestsException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Isolation.REMOTE through the core API, against functions deployed behind a runtime's Invoke API on
 * loopback: a remote result is the local result of the same function, read back from what the real
 * SDK client received.
 */
class RemoteFunctionTest {

    private static final String GREETS = "dev.lambdaharness.remote.handlers.Greets";
    private static final String FAILS = "dev.lambdaharness.remote.handlers.Fails";

    private DeployedFunctions aws;
    private LambdaRuntime local;
    private LambdaRuntime remote;

    @BeforeEach
    void deploy() {
        aws = new DeployedFunctions();
        local = LambdaRuntime.create();
        remote = LambdaRuntime.builder().remote(RemoteConfig.builder().endpoint(URI.create(aws.endpoint()))
                .function("greets", "greets-deployed").function("fails", "fails-deployed")
                .function("greetsJson", "greets-json").build()).build();
    }

    @AfterEach
    void close() {
        remote.close();
        local.close();
        aws.close();
    }

    @Test
    void aRemoteResultIsTheLocalResultOfTheSameFunction() {
        FunctionConfig config = config(GREETS, "greets").build();
        InvocationResult here = local.function(config, CODE).invoke("\"ada\"");
        LambdaFunction deployed = remote.function(config, CODE, Isolation.REMOTE);
        InvocationResult there = deployed.invoke("\"ada\"");

        assertThat(there.payloadAsString()).isEqualTo(here.payloadAsString()).isEqualTo("\"hello ada\"");
        assertThat(normalised(there.logText())).isEqualTo(normalised(here.logText()));
        assertThat(there.logs()).extracting(LogEvent::source).first().isEqualTo(LogEvent.Source.PLATFORM);
        assertThat(there.executedVersion()).isEqualTo("$LATEST");
        assertThat(there.requestId()).isNotBlank().isEqualTo(there.report().requestId());
        assertThat(there.report().memorySizeMb()).isEqualTo(MEMORY);
        assertThat(there.report().coldStart()).isTrue();
        assertThat(there.report().initDurationMs()).isPresent();
        assertThat(there.report().durationMs()).isPositive();
        assertThat(there.report().billedDurationMs()).isPositive();
        assertThat(there.report().status()).isEqualTo(InvocationStatus.SUCCESS);
        // Ran there, not here: the deployed function counted it.
        assertThat(aws.greets.metrics().invocations()).isEqualTo(1);

        InvocationResult warm = deployed.invoke("\"bob\"");
        assertThat(warm.report().coldStart()).isFalse();
        assertThat(warm.report().initDurationMs()).isEmpty();
    }

    @Test
    void aRemoteFunctionErrorIsTheLocalOne() {
        FunctionConfig config = config(FAILS, "fails").build();
        FunctionError here = local.function(config, CODE).invoke("\"boom\"").error().orElseThrow();
        InvocationResult there = remote.function(config, CODE, Isolation.REMOTE).invoke("\"boom\"");

        FunctionError error = there.error().orElseThrow();
        assertThat(error.errorType()).isEqualTo(here.errorType()).contains("java.lang.IllegalStateException");
        assertThat(error.errorMessage()).isEqualTo(here.errorMessage()).isEqualTo("boom");
        assertThat(error.stackTrace()).isEqualTo(here.stackTrace());
        assertThat(error.runtimeErrorType()).isEqualTo(here.runtimeErrorType()).isEqualTo("Runtime.UserException");
        assertThat(there.logText()).contains("about to fail with boom");
    }

    @Test
    void jsonLogsGiveTheReportOfThePlatformRecord() {
        InvocationResult there = remote.function(config(GREETS, "greetsJson").logFormat(LogFormat.JSON).build(), CODE,
                Isolation.REMOTE).invoke("\"ada\"");

        assertThat(there.report().requestId()).isEqualTo(there.requestId());
        assertThat(there.report().memorySizeMb()).isEqualTo(MEMORY);
        assertThat(there.report().coldStart()).isTrue();
        assertThat(there.report().durationMs()).isPositive();
        assertThat(there.logs()).filteredOn(event -> event.source() == LogEvent.Source.PLATFORM)
                .extracting(LogEvent::message).anyMatch(line -> line.contains("\"type\":\"platform.report\""));
        assertThat(there.logText()).contains("greeting ada");
    }

    @Test
    void clientContextAsyncEventsAndQualifiersReachTheDeployedFunction() {
        LambdaFunction greets = remote.function(config(GREETS, "greets").build(), CODE, Isolation.REMOTE);

        assertThat(greets.invoke(InvocationRequest.of("\"ada\"").withClientContext("{\"custom\":{\"tenant\":\"acme\"}}"))
                .payloadAsString()).isEqualTo("\"hello ada of acme\"");
        AsyncInvocation accepted = greets.invokeAsync("\"eve\"");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.requestId()).isNotBlank();
        assertThat(aws.runtime.settleAsync(Duration.ofSeconds(10))).isEmpty();
        assertThat(aws.greets.metrics().invocations()).isEqualTo(2);

        LambdaFunction v1 = aws.greets.publishVersion();
        assertThat(greets.qualified("1").invoke("\"ada\"").executedVersion()).isEqualTo("1");
        assertThat(v1.metrics().invocations()).isEqualTo(3);
        assertThat(greets.qualified("1").arn()).isEqualTo("greets-deployed:1");
        InvocationRejectedException missing = (InvocationRejectedException) thrown(() -> greets.qualified("live"));
        assertThat(missing.lambdaErrorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void theServicesRefusalsAreTheLocalExceptions() {
        aws.runtime.function(config(GREETS, "throttled").reservedConcurrency(0).build(), CODE);
        List<TooManyRequestsException> heard = new CopyOnWriteArrayList<>();
        try (LambdaRuntime listened = LambdaRuntime.builder().remote(RemoteConfig.builder()
                .endpoint(URI.create(aws.endpoint())).build()).invocationListener(new InvocationListener() {
                    @Override
                    public void invoked(LambdaFunction function, InvocationResult result) {
                    }

                    @Override
                    public void throttled(LambdaFunction function, TooManyRequestsException throttle) {
                        heard.add(throttle);
                    }
                }).build()) {
            Throwable throttle = thrown(() -> listened.function(config(GREETS, "throttled").build(), CODE,
                    Isolation.REMOTE).invoke("\"ada\""));
            assertThat(throttle).isInstanceOf(TooManyRequestsException.class);
            assertThat(((TooManyRequestsException) throttle).reason())
                    .isEqualTo(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED);
            assertThat(heard).containsExactly((TooManyRequestsException) throttle);
        }
        InvocationRejectedException unknown = (InvocationRejectedException) thrown(() -> remote.function(
                config(GREETS, "nowhere").build(), CODE, Isolation.REMOTE).invoke("\"ada\""));
        assertThat(unknown.lambdaErrorCode()).isEqualTo("ResourceNotFoundException");
        assertThat(unknown.getMessage()).contains("nowhere", "lambdaharness.remote.function.<name>");
    }

    @Test
    void anEndpointNoOneAnswersIsNamed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (LambdaRuntime nowhere = LambdaRuntime.builder().remote(RemoteConfig.builder()
                .endpoint(URI.create("http://127.0.0.1:" + closed)).build()).build()) {
            LambdaFunction greets = nowhere.function(config(GREETS, "greets").build(), CODE, Isolation.REMOTE);
            assertThat(thrown(() -> greets.invoke("\"ada\""))).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The Invoke API at http://127.0.0.1:" + closed + " in us-east-1 could not be"
                            + " reached for greets: ");
        }
    }

    @Test
    void whatOnlyALocalRuntimeCanDoFailsNamingTheOperation() {
        LambdaFunction greets = remote.function(config(GREETS, "greets").build(), CODE, Isolation.REMOTE);

        assertThat(thrown(greets::publishVersion)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("publishVersion is not available for function 'greets': its target is remote");
        assertThat(thrown(greets::environments)).hasMessageStartingWith("environments is not available");
        assertThat(thrown(greets::metrics)).hasMessageStartingWith("metrics is not available");
        assertThat(thrown(() -> greets.putReservedConcurrency(1)))
                .hasMessageStartingWith("putReservedConcurrency is not available");
        assertThat(thrown(() -> greets.updateCode(CODE))).hasMessageStartingWith("updateCode is not available");
        assertThat(thrown(() -> greets.invoke(InvocationRequest.of("\"ada\"").withCognitoIdentity("{}"))))
                .hasMessageStartingWith("invoke with a Cognito identity is not available");
    }

    @Test
    void thisBuildRefusesEveryEndpointBeyondLoopback() {
        try (LambdaRuntime toAws = LambdaRuntime.create();
                LambdaRuntime elsewhere = LambdaRuntime.builder().remote(RemoteConfig.builder()
                        .endpoint(URI.create("https://lambda.eu-west-1.amazonaws.com")).build()).build()) {
            assertThat(thrown(() -> toAws.function(config(GREETS, "greets").build(), CODE, Isolation.REMOTE)))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("unset (the SDK's, AWS Lambda)")
                    .hasMessageContaining(RemoteConfig.LOOPBACK_ONLY_PROPERTY + "=true");
            assertThat(thrown(() -> elsewhere.function(config(GREETS, "greets").build(), CODE, Isolation.REMOTE)))
                    .hasMessageContaining("https://lambda.eu-west-1.amazonaws.com");
        }
    }

    /** The log without what differs between two invocations: request ids and measured figures. */
    private static String normalised(String log) {
        return log.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\d+(\\.\\d+)?", "<n>");
    }

    private static Throwable thrown(ThrowingCallable call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }
}
