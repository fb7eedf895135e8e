package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Class::method handlers with stream signatures. */
public class StreamMethods {
    public static void copy(InputStream input, OutputStream output) throws IOException {
        input.transferTo(output);
    }

    public String consume(InputStream input) throws IOException {
        input.readAllBytes();
        return "ignored";
    }

    public void write(OutputStream output, Context context) throws IOException {
        output.write(("{\"id\":\"" + context.getAwsRequestId() + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
