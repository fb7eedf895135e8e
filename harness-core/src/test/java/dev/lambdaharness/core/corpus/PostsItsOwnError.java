package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Posts an error for its own invocation to the Runtime API, as any local process that learned the
 * request id could, without a {@code Lambda-Runtime-Function-Error-Type} header; returns the status.
 */
public class PostsItsOwnError implements RequestHandler<String, Integer> {

    @Override
    public Integer handleRequest(String input, Context context) {
        try {
            URI uri = URI.create("http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/invocation/"
                    + context.getAwsRequestId() + "/error");
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            try (OutputStream body = connection.getOutputStream()) {
                body.write("{\"errorMessage\":\"posted by hand\",\"errorType\":\"Handmade\"}".getBytes(StandardCharsets.UTF_8));
            }
            return connection.getResponseCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
