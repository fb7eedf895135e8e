package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Counts invocations in a static: a cold start begins again at 1, a warm one goes on counting. */
public class ColdStartCounter implements RequestHandler<Map<String, Object>, Integer> {
    private static int invocations;

    static {
        System.out.println("static initialiser ran");
    }

    @Override
    public Integer handleRequest(Map<String, Object> event, Context context) {
        return ++invocations;
    }
}
