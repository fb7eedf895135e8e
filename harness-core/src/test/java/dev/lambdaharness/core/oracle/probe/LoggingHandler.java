package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** Logs through LambdaLogger at several levels and prints to stdout and stderr. */
public class LoggingHandler implements RequestHandler<String, String> {

    static {
        System.out.println("init stdout");
    }

    @Override
    public String handleRequest(String input, Context context) {
        LambdaLogger logger = context.getLogger();
        logger.log("plain " + input);
        logger.log("debug message", LogLevel.DEBUG);
        logger.log("info message", LogLevel.INFO);
        logger.log("error message", LogLevel.ERROR);
        logger.log("multi\nline");
        System.out.println("stdout line");
        System.err.println("stderr line");
        return "logged";
    }
}
