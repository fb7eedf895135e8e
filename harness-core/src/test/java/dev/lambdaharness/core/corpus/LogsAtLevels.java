package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * One record at INFO and one at WARN through each logger a handler has, and whether the two
 * loggers are one: the runtime's log settings and its logger, as a function sees them.
 */
public class LogsAtLevels implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        context.getLogger().log("context info " + input, LogLevel.INFO);
        context.getLogger().log("context warn " + input, LogLevel.WARN);
        LambdaRuntime.getLogger().log("static info " + input, LogLevel.INFO);
        LambdaRuntime.getLogger().log("static warn " + input, LogLevel.WARN);
        return "one logger: " + (LambdaRuntime.getLogger() == context.getLogger());
    }
}
