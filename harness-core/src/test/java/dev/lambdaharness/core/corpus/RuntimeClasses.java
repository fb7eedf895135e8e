package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Whether the runtime's own classes (the RIC's, such as its CRaC adapter for org.crac) are visible to the function. */
public class RuntimeClasses {
    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : new String[] {"com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                "com.amazonaws.services.lambda.crac.Core"}) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
                out.put(name, true);
            } catch (ClassNotFoundException | LinkageError e) {
                out.put(name, false);
            }
        }
        return out;
    }
}
