package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns the X-Ray trace header as the Java runtime exposes it: a system property. */
public class TraceHeaderEcho implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return System.getProperty("com.amazonaws.xray.traceHeader") + " | " + context.getXrayTraceId();
    }
}
