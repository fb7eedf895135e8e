package dev.lambdaharness.core.invokeapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.RecursiveInvocationException;

/**
 * A recursive loop: invokes itself through the SDK with its own payload, the invocation type its
 * {@code INVOCATION_TYPE} variable names (RequestResponse when unset), and returns what its own call
 * returned, or, when Lambda stopped that call, the exception's code and status.
 */
public class CallsItself implements RequestStreamHandler {

    private static final LambdaClient LAMBDA = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] payload = input.readAllBytes();
        String type = System.getenv().getOrDefault("INVOCATION_TYPE", "RequestResponse");
        try {
            InvokeResponse response = LAMBDA.invoke(request -> request.functionName(context.getFunctionName())
                    .invocationType(type).payload(SdkBytes.fromByteArray(payload)));
            output.write(response.statusCode() == 202 ? "\"queued\"".getBytes(StandardCharsets.UTF_8)
                    : response.payload().asByteArray());
        } catch (RecursiveInvocationException stopped) {
            output.write(("\"stopped: " + stopped.awsErrorDetails().errorCode() + " " + stopped.statusCode() + "\"")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
