package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A stream handler: the payload's bytes upper-cased. */
public class Upper implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        output.write(text.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
