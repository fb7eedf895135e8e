package dev.lambdaharness.core.invokeapi;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Invokes the function its {@code TARGET} variable names with its own payload, through the SDK's
 * {@code LambdaClient} built as a function on AWS builds it (no endpoint, region or credentials in
 * code), and returns the target's response with its executed version.
 */
public class InvokesAnother implements RequestStreamHandler {

    private static final LambdaClient LAMBDA = LambdaClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        InvokeResponse response = LAMBDA.invoke(request -> {
            try {
                request.functionName(System.getenv("TARGET")).payload(SdkBytes.fromByteArray(input.readAllBytes()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        output.write(("{\"version\":\"" + response.executedVersion() + "\",\"response\":"
                + response.payload().asUtf8String() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
