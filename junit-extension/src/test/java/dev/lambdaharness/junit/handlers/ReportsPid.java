package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Answers with the pid of the process it runs in: which JVM served the invocation. */
public class ReportsPid implements RequestHandler<String, Long> {

    @Override
    public Long handleRequest(String input, Context context) {
        return ProcessHandle.current().pid();
    }
}
