package dev.lambdaharness.core.fronts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Answers with the event it received as its body, base64-encoded, so a test sees the event byte for byte. */
public class EchoesEvent implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = Base64.getEncoder().encodeToString(input.readAllBytes());
        output.write(("{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"" + event
                + "\",\"isBase64Encoded\":true}").getBytes(StandardCharsets.UTF_8));
    }
}
