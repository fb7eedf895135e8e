package dev.lambdaharness.benchmarks;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The Invoke API's round trip beside the in-JVM invoke of the same warm hello environment: the AWS
 * SDK's {@code LambdaClient} (URL-connection HTTP client, signing with dummy credentials, no
 * retries) builds and signs the request, sends it to the runtime's Invoke API on 127.0.0.1, the
 * server invokes the function and answers, and the SDK parses the answer. The budget (DESIGN.md,
 * "Performance budgets") is a round trip p50 under 1 ms; the in-JVM invoke shows how much of it is
 * the function's own invocation.
 *
 * <p>Both states check the answer once at setup, so the benchmark cannot measure a failing invocation.
 *
 * <h2>How to run</h2>
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar InvokeApiBenchmark -f 2 -wi 3 -i 5
 * </pre>
 *
 * <p>Read the {@code p0.50} lines of {@code sdkRoundTrip}, {@code httpRoundTrip} and {@code inJvm}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InvokeApiBenchmark {

    /** A runtime serving the Invoke API, its hello function's environment started (cold) at setup. */
    @State(Scope.Benchmark)
    public static class Served {
        LambdaRuntime runtime;
        LambdaFunction function;
        LambdaClient client;
        InvokeRequest request;
        URL invocations;

        @Setup(Level.Trial)
        public void deployAndConnect() throws IOException {
            runtime = LambdaRuntime.builder().invokeApi(true).build();
            function = runtime.function(BenchmarkFunctions.hello(), BenchmarkFunctions.code());
            client = LambdaClient.builder().endpointOverride(runtime.invokeApiEndpoint()).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
            request = InvokeRequest.builder().functionName(BenchmarkFunctions.hello().functionName())
                    .payload(SdkBytes.fromByteArray(BenchmarkFunctions.HELLO_EVENT)).build();
            invocations = runtime.invokeApiEndpoint().resolve("/2015-03-31/functions/"
                    + BenchmarkFunctions.hello().functionName() + "/invocations").toURL();
            String answer = client.invoke(request).payload().asUtf8String();
            if (!answer.equals(BenchmarkFunctions.HELLO_RESPONSE)) {
                throw new IllegalStateException("The Invoke API answered " + answer + " instead of "
                        + BenchmarkFunctions.HELLO_RESPONSE);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            client.close();
            if (function.environments().size() != 1) {
                throw new IllegalStateException("The warm invokes started " + function.environments().size()
                        + " environments instead of reusing one");
            }
            runtime.close();
        }
    }

    /** The SDK's {@code invoke}, through the loopback Invoke API, to the warm environment and back. */
    @Benchmark
    public InvokeResponse sdkRoundTrip(Served state) {
        return state.client.invoke(state.request);
    }

    /**
     * The control: the same request through {@code HttpURLConnection}, the transport the SDK's client
     * uses, without the SDK (no marshalling, signing or interceptors). What it adds to {@link #inJvm} is
     * the loopback and the server; what {@link #sdkRoundTrip} adds to it is the SDK's.
     */
    @Benchmark
    public byte[] httpRoundTrip(Served state) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) state.invocations.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(BenchmarkFunctions.HELLO_EVENT.length);
        try (OutputStream body = connection.getOutputStream()) {
            body.write(BenchmarkFunctions.HELLO_EVENT);
        }
        try (InputStream answer = connection.getInputStream()) {
            return answer.readAllBytes();
        }
    }

    /** {@code LambdaFunction.invoke(byte[])} on the same warm environment. */
    @Benchmark
    public InvocationResult inJvm(Served state) {
        return state.function.invoke(BenchmarkFunctions.HELLO_EVENT);
    }

    /** Runs this benchmark with its annotated settings, as the command above does. */
    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(InvokeApiBenchmark.class.getName()).build();
        new Runner(options).run();
    }
}
