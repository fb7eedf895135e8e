package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs through SLF4J and Logback's console appender (configured in logback.xml). */
public class LogsWithLogback implements RequestHandler<String, String> {
    private static final Logger LOG = LoggerFactory.getLogger(LogsWithLogback.class);

    @Override
    public String handleRequest(String input, Context context) {
        LOG.info("logback says {}", input);
        return "logged";
    }
}
