package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.nio.charset.StandardCharsets;

/** Every way a handler can write a log record: each level, raw bytes, null, the static logger, partial lines. */
public class LogsEverything implements RequestHandler<String, String> {

    static {
        System.out.println("init stdout");
        System.err.println("init stderr");
        LambdaRuntime.getLogger().log("init record", LogLevel.WARN);
    }

    @Override
    public String handleRequest(String input, Context context) {
        for (LogLevel level : LogLevel.values()) {
            context.getLogger().log("at " + level + " " + input, level);
        }
        context.getLogger().log("raw bytes\n".getBytes(StandardCharsets.UTF_8));
        context.getLogger().log("raw error bytes".getBytes(StandardCharsets.UTF_8), LogLevel.ERROR);
        context.getLogger().log((String) null);
        context.getLogger().log("trailing newline\n");
        context.getLogger().log("unicode é ✓ \uD83D\uDE00", LogLevel.INFO);
        LambdaRuntime.getLogger().log("static logger", LogLevel.ERROR);
        System.out.println("tab\tand carriage return\r");
        System.out.write(new byte[] {'n', 'o', 't', ' ', 'U', 'T', 'F', '-', '8', ':', ' ', (byte) 0xff, (byte) 0xc3, '\n'}, 0, 14);
        System.err.print("stderr without newline");
        System.out.print("stdout without newline");
        return "logged";
    }
}
