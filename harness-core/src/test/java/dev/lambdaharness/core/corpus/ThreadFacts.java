package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler can see of the thread it runs on, as logging patterns such as {@code [%t]} show it. */
public class ThreadFacts {
    public Map<String, Object> handle(Map<String, Object> event, Context context) {
        Thread thread = Thread.currentThread();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", thread.getName());
        out.put("priority", thread.getPriority());
        out.put("interrupted", thread.isInterrupted());
        return out;
    }
}
