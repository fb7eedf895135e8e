package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts its invocations in a static field, which a cold start sets back to zero, and says where it
 * ran: the environment's log stream, the function's memory, name and MODE variable.
 */
public class Counter implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final AtomicInteger INVOCATIONS = new AtomicInteger();

    static {
        System.out.println("static initialiser ran");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        int invocation = INVOCATIONS.incrementAndGet();
        System.out.println("invocation " + invocation + " in " + context.getLogStreamName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("invocation", invocation);
        answer.put("stream", context.getLogStreamName());
        answer.put("function", context.getFunctionName());
        answer.put("memory", context.getMemoryLimitInMB());
        answer.put("remainingMs", context.getRemainingTimeInMillis());
        answer.put("mode", System.getenv("MODE"));
        answer.put("input", input);
        return answer;
    }
}
