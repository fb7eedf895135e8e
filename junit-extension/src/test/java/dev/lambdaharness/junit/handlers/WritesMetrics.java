package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * Writes metrics in CloudWatch's embedded metric format, as Powertools' Metrics does: a ColdStart
 * metric on its environment's first invocation only, and an order's figures on every one.
 */
public class WritesMetrics implements RequestHandler<String, String> {

    private static boolean cold = true;

    @Override
    public String handleRequest(String order, Context context) {
        long now = System.currentTimeMillis();
        if (cold) {
            cold = false;
            System.out.println("{\"_aws\":{\"Timestamp\":" + now + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\","
                    + "\"Dimensions\":[[\"Service\"]],\"Metrics\":[{\"Name\":\"ColdStart\",\"Unit\":\"Count\"}]}]},"
                    + "\"Service\":\"orders\",\"ColdStart\":1}");
        }
        System.out.println("{\"_aws\":{\"Timestamp\":" + now + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Orders\","
                + "\"Dimensions\":[[\"Service\",\"Type\"]],\"Metrics\":[{\"Name\":\"OrderTotal\",\"Unit\":\"Count\","
                + "\"StorageResolution\":1},{\"Name\":\"Latency\",\"Unit\":\"Milliseconds\"},{\"Name\":\"NotWritten\"}]}]},"
                + "\"Service\":\"orders\",\"Type\":\"" + order + "\",\"OrderTotal\":3,\"Latency\":[1.5,2]}");
        return "ok";
    }
}
