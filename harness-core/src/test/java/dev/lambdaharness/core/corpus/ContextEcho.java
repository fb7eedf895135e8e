package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Returns what the context says, minus what changes per invocation. */
public class ContextEcho {
    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("functionName", context.getFunctionName());
        out.put("functionVersion", context.getFunctionVersion());
        out.put("invokedFunctionArn", context.getInvokedFunctionArn());
        out.put("memoryLimitInMB", context.getMemoryLimitInMB());
        out.put("logGroupName", context.getLogGroupName());
        out.put("remainingPositive", context.getRemainingTimeInMillis() > 0);
        out.put("identityId", context.getIdentity() == null ? null : context.getIdentity().getIdentityId());
        out.put("clientCustom", context.getClientContext() == null ? null : context.getClientContext().getCustom());
        out.put("clientApp", context.getClientContext() == null || context.getClientContext().getClient() == null
                ? null : context.getClientContext().getClient().getAppTitle());
        return out;
    }
}
