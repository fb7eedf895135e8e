package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Holds its environment until a gate file exists: it marks that it started (a file named after its
 * request id beside the gate), waits up to 30 s for the gate, and returns when it started and ended
 * and where it ran. With {@code "gate"} absent it only sleeps {@code "sleepMillis"}.
 */
public class WaitsForGate {
    public Map<String, Object> handle(Map<String, Object> event, Context context) throws InterruptedException {
        long start = System.nanoTime();
        System.out.println("invocation " + context.getAwsRequestId() + " starts");
        Object gate = event.get("gate");
        if (gate != null) {
            Path gateFile = Path.of((String) gate);
            try {
                Files.createFile(gateFile.resolveSibling("started-" + context.getAwsRequestId()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long until = System.nanoTime() + 30_000_000_000L;
            while (!Files.exists(gateFile) && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        } else {
            Thread.sleep(((Number) event.getOrDefault("sleepMillis", 0)).longValue());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("logStream", context.getLogStreamName());
        out.put("start", start);
        out.put("end", System.nanoTime());
        out.put("version", context.getFunctionVersion());
        out.put("versionVariable", System.getenv("AWS_LAMBDA_FUNCTION_VERSION"));
        out.put("invokedFunctionArn", context.getInvokedFunctionArn());
        out.put("greeting", System.getenv("GREETING"));
        out.put("initializationType", System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE"));
        out.put("logStreamVariable", System.getenv("AWS_LAMBDA_LOG_STREAM_NAME"));
        out.put("requestId", context.getAwsRequestId());
        out.put("traceProperty", System.getProperty("com.amazonaws.xray.traceHeader"));
        System.out.println("invocation " + context.getAwsRequestId() + " ends");
        return out;
    }
}
