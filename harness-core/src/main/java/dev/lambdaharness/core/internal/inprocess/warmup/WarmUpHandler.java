package dev.lambdaharness.core.internal.inprocess.warmup;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * The function the harness runs once per JVM before the first in-process INIT it times: a POJO
 * handler, so the warm-up takes the paths a typical function's first INIT and invocation take
 * (loading and rewriting its classes, reading and writing JSON, the context and its logger). Never
 * loaded from here: {@code InProcessWarmUp} copies this class file into a directory of its own and
 * deploys that, as any function's code.
 */
public class WarmUpHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        context.getLogger().log("warm-up " + input.get("warm"));
        System.out.println("warm-up " + context.getAwsRequestId());
        return input.get("warm");
    }
}
