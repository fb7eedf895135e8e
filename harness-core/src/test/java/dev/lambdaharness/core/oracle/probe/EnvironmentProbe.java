package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.TreeMap;
import java.util.TimeZone;

/** Reports what a function sees of its process: environment, JVM flags, charset, time zone, class loader. */
public class EnvironmentProbe implements RequestHandler<String, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(String input, Context context) {
        Map<String, Object> facts = new TreeMap<>();
        facts.put("env", new TreeMap<>(System.getenv()));
        facts.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        facts.put("user.dir", System.getProperty("user.dir"));
        facts.put("file.encoding", System.getProperty("file.encoding"));
        facts.put("defaultCharset", Charset.defaultCharset().name());
        facts.put("timeZone", TimeZone.getDefault().getID());
        facts.put("classLoader", getClass().getClassLoader().getClass().getName());
        facts.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        facts.put("remainingTimeMillis", context.getRemainingTimeInMillis());
        facts.put("logGroupName", context.getLogGroupName());
        facts.put("invokedFunctionArn", context.getInvokedFunctionArn());
        facts.put("xrayTraceId", context.getXrayTraceId());
        facts.put("traceHeaderProperty", System.getProperty("com.amazonaws.xray.traceHeader"));
        return facts;
    }
}
