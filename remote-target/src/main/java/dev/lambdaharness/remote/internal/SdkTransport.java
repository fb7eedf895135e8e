package dev.lambdaharness.remote.internal;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.remote.RemoteCall;
import dev.lambdaharness.core.internal.remote.RemoteReply;
import dev.lambdaharness.core.internal.remote.RemoteRefusal;
import dev.lambdaharness.core.internal.remote.RemoteTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/**
 * The AWS SDK's {@code LambdaClient} as the remote target's transport: one {@code Invoke} per call,
 * with the log tail for synchronous calls, no retries (a throttle reaches the test as it does
 * locally), and the SDK's default credentials chain unless the endpoint is on loopback.
 *
 * <pre>{@code
 * try (SdkTransport lambda = new SdkTransport(new RemoteTransport.Endpoint(Optional.of(URI.create("http://127.0.0.1:3001")),
 *         Optional.empty(), true))) {
 *     RemoteReply reply = lambda.invoke(call);
 * }
 * }</pre>
 */
public final class SdkTransport implements RemoteTransport {

    /**
     * How long a call may wait for its answer: Lambda's longest timeout, 900 s, and a minute for the
     * service's own part. The URLConnection client's default (30 s) would cut longer functions short.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(960);

    private final LambdaClient client;
    private final String where;

    SdkTransport(Endpoint endpoint) {
        this.where = endpoint.uri().map(uri -> "at " + uri).orElse("of AWS Lambda")
                + endpoint.region().map(region -> " in " + region).orElse("");
        LambdaClientBuilder builder = LambdaClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(READ_TIMEOUT).build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()));
        endpoint.uri().ifPresent(builder::endpointOverride);
        endpoint.region().map(Region::of).ifPresent(builder::region);
        if (endpoint.dummyCredentials()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("LAMBDAHARNESSREMOTE", "lambda-harness-loopback")));
        }
        try {
            this.client = builder.build();
        } catch (SdkClientException e) {
            // The one thing building can fail on: no region in the SDK's chain.
            throw new InvalidConfigurationException("remote.region", "", null, "The AWS SDK cannot build the Lambda"
                    + " client of the remote functions: " + e.getMessage() + " Set lambdaharness.remote.region (or"
                    + " RemoteConfig.builder().region), or AWS_REGION.");
        }
    }

    @Override
    public RemoteReply invoke(RemoteCall call) {
        InvokeRequest.Builder request = InvokeRequest.builder()
                .functionName(call.functionName())
                .invocationType(call.invocationType())
                .payload(SdkBytes.fromByteArray(call.payload()));
        call.qualifier().ifPresent(request::qualifier);
        call.tenantId().ifPresent(request::tenantId);
        call.clientContext().ifPresent(json -> request.clientContext(
                Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8))));
        call.traceHeader().ifPresent(trace -> request.overrideConfiguration(o -> o.putHeader("X-Amzn-Trace-Id", trace)));
        if (RemoteCall.REQUEST_RESPONSE.equals(call.invocationType())) {
            request.logType(LogType.TAIL);
        }
        try {
            InvokeResponse response = client.invoke(request.build());
            return new RemoteReply(response.statusCode(),
                    response.payload() == null ? new byte[0] : response.payload().asByteArray(),
                    Optional.ofNullable(response.functionError()), Optional.ofNullable(response.executedVersion()),
                    Optional.ofNullable(response.logResult()),
                    Optional.ofNullable(response.responseMetadata().requestId()).filter(id -> !id.equals("UNKNOWN")));
        } catch (AwsServiceException e) {
            throw refusal(e);
        } catch (SdkClientException e) {
            throw new IllegalStateException("The Invoke API " + where + " could not be reached for " + call.functionName()
                    + ": " + e.getMessage() + " Check lambdaharness.remote.endpoint and region, and the credentials of"
                    + " the SDK's default chain.", e);
        }
    }

    private static RemoteRefusal refusal(AwsServiceException e) {
        String code = e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                ? e.awsErrorDetails().errorCode() : "ServiceException";
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
        Optional<String> reason = e instanceof TooManyRequestsException throttle
                ? Optional.ofNullable(throttle.reasonAsString()) : Optional.empty();
        return new RemoteRefusal(e.statusCode(), code, message, reason);
    }

    @Override
    public void close() {
        client.close();
    }
}
