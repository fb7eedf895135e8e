package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Returns the tenant id of the invocation. */
public class TenantEcho implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return context.getTenantId();
    }
}
