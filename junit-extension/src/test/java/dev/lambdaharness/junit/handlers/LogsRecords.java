package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** Logs the number of lines it was sent, then two leveled LambdaLogger records. */
public class LogsRecords implements RequestHandler<Integer, String> {

    @Override
    public String handleRequest(Integer lines, Context context) {
        for (int i = 1; i <= lines; i++) {
            System.out.println("line " + i);
        }
        context.getLogger().log("order accepted", LogLevel.INFO);
        context.getLogger().log("stock is low", LogLevel.WARN);
        return "logged";
    }
}
