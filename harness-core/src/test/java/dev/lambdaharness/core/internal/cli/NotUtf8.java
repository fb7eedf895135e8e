package dev.lambdaharness.core.internal.cli;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Answers bytes that are not UTF-8: a quoted 0xFF 0xFE. */
public class NotUtf8 implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        output.write(new byte[] {'"', (byte) 0xff, (byte) 0xfe, '"'});
    }
}
