package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/** Writes to every output a Java handler has. */
public class Prints implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        System.out.println("out line 1");
        System.out.print("out partial");
        System.out.println(" line 2");
        System.err.println("err line");
        context.getLogger().log("logger record\nspanning two lines");
        context.getLogger().log("an info record", LogLevel.INFO);
        context.getLogger().log("a debug record", LogLevel.DEBUG);
        context.getLogger().log("an error record", LogLevel.ERROR);
        return "printed";
    }
}
