package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which classes the function's code can load: its own libraries, the runtime's, anything else. */
public class Visibility {
    private static final List<String> CLASSES = List.of(
            "com.amazonaws.services.lambda.runtime.LambdaRuntime",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.databind.ObjectMapper",
            "com.amazonaws.services.lambda.runtime.events.SQSEvent",
            "org.joda.time.DateTime",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "org.junit.jupiter.api.Test",
            "dev.lambdaharness.core.LambdaRuntime");

    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        Map<String, Object> out = new LinkedHashMap<>();
        ClassLoader loader = getClass().getClassLoader();
        out.put("contextLoaderIsFunctionLoader", Thread.currentThread().getContextClassLoader() == loader);
        for (String name : CLASSES) {
            out.put(name, visible(name, loader));
        }
        return out;
    }

    private static boolean visible(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
