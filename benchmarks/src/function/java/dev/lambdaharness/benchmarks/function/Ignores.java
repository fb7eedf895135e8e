package dev.lambdaharness.benchmarks.function;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A no-op stream handler: it reads nothing and answers nothing, so a benchmark of a poller measures
 * the poller and the runtime around the handler, not its (de)serialisation.
 */
public class Ignores implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
    }
}
