package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Implements both handler interfaces: the stream one wins. */
public class BothInterfaces implements RequestHandler<String, String>, RequestStreamHandler {

    @Override
    public String handleRequest(String input, Context context) {
        return "as RequestHandler";
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write("\"as RequestStreamHandler\"".getBytes(StandardCharsets.UTF_8));
    }
}
