package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Logs through Log4j 2 and aws-lambda-java-log4j2's Lambda appender (configured in log4j2.xml). */
public class LogsWithLog4j2 implements RequestHandler<String, String> {
    private static final Logger LOG = LogManager.getLogger(LogsWithLog4j2.class);

    @Override
    public String handleRequest(String input, Context context) {
        LOG.info("log4j2 says {}", input);
        LOG.debug("filtered out by the configured level");
        return "logged";
    }
}
