package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the context carries from the caller's headers: identity, client context in full, trace id. */
public class ContextDetails {
    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        CognitoIdentity identity = context.getIdentity();
        out.put("identity", identity == null ? "none" : identity.getIdentityId() + " in " + identity.getIdentityPoolId());
        ClientContext client = context.getClientContext();
        if (client != null) {
            out.put("custom", client.getCustom());
            out.put("env", client.getEnvironment());
            if (client.getClient() != null) {
                out.put("installationId", client.getClient().getInstallationId());
                out.put("appVersion", client.getClient().getAppVersionName() + "/" + client.getClient().getAppVersionCode());
                out.put("appPackage", client.getClient().getAppPackageName());
            }
        }
        out.put("xrayTraceId", context.getXrayTraceId());
        out.put("logStreamKnown", context.getLogStreamName() != null);
        out.put("remainingWithinTimeout", context.getRemainingTimeInMillis() <= 30_000);
        return out;
    }
}
