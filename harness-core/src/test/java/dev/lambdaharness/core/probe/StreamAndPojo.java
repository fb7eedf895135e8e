package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Both handler interfaces: the stream one wins. */
public class StreamAndPojo implements RequestStreamHandler, RequestHandler<String, String> {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write("stream".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String handleRequest(String input, Context context) {
        return "pojo";
    }
}
