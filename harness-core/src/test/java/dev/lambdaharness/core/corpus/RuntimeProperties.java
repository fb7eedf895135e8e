package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** The system properties Lambda's Java runtime starts with, and whether the Runtime API's address is set, as the function reads them. */
public class RuntimeProperties implements RequestHandler<String, Map<String, String>> {

    @Override
    public Map<String, String> handleRequest(String input, Context context) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String key : new String[] {"java.net.preferIPv4Stack", "org.crac.Core.Compat", "javax.net.ssl.trustStore"}) {
            seen.put(key, System.getProperty(key, "unset"));
        }
        seen.put("AWS_LAMBDA_RUNTIME_API", System.getenv("AWS_LAMBDA_RUNTIME_API") == null ? "unset" : "set");
        return seen;
    }
}
