package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.internal.xray.XRayDaemonSink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables Lambda's Java runtime sets for an environment, followed by the
 * function's own. The credentials are dummies, so an AWS SDK client created by the function never
 * reaches a developer's real profile; point such clients at local fakes with
 * {@code AWS_ENDPOINT_URL}. The X-Ray daemon variables name the runtime's loopback sink
 * ({@code XRayDaemonSink}) in place of Lambda's link-local daemon, so that traces never leave the machine.
 */
public final class ReservedEnvironment {

    /** The dummy access key every environment gets. */
    public static final String ACCESS_KEY_ID = "ASIALAMBDAHARNESS000";
    /** The dummy secret key every environment gets. */
    public static final String SECRET_ACCESS_KEY = "lambda-harness-dummy-secret-access-key";
    /** The dummy session token every environment gets. */
    public static final String SESSION_TOKEN = "lambda-harness-dummy-session-token";

    private ReservedEnvironment() {
    }

    /**
     * The variables of one environment.
     *
     * @param config the function
     * @param logStreamName the environment's log stream
     * @param taskRoot what {@code LAMBDA_TASK_ROOT} names
     * @param runtimeApi the {@code host:port} of the Runtime API, or {@code null} when there is none
     * @param xrayDaemon the {@code host:port} of the X-Ray daemon: the runtime's loopback sink
     */
    public static Map<String, String> of(FunctionConfig config, String logStreamName, String taskRoot,
            String runtimeApi, String xrayDaemon) {
        return of(config, InitializationType.ON_DEMAND, logStreamName, taskRoot, runtimeApi, xrayDaemon);
    }

    /**
     * The variables of one environment initialised as {@code type} says.
     *
     * @param config the function
     * @param type on demand, or ahead for provisioned concurrency
     * @param logStreamName the environment's log stream
     * @param taskRoot what {@code LAMBDA_TASK_ROOT} names
     * @param runtimeApi the {@code host:port} of the Runtime API, or {@code null} when there is none
     * @param xrayDaemon the {@code host:port} of the X-Ray daemon: the runtime's loopback sink
     */
    public static Map<String, String> of(FunctionConfig config, InitializationType type, String logStreamName,
            String taskRoot, String runtimeApi, String xrayDaemon) {
        int colon = xrayDaemon.lastIndexOf(':');
        Map<String, String> env = new LinkedHashMap<>();
        env.put("_HANDLER", config.handler());
        env.put("AWS_EXECUTION_ENV", config.runtime().executionEnvironment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", config.functionName());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", config.version());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memorySize()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", type.wireName());
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", config.logGroup());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
        if (config.logFormat() == LogFormat.JSON) {
            env.put("AWS_LAMBDA_LOG_FORMAT", "JSON");
            config.applicationLogLevel().ifPresent(level -> env.put("AWS_LAMBDA_LOG_LEVEL", level.name()));
        }
        env.put("AWS_REGION", config.region());
        env.put("AWS_DEFAULT_REGION", config.region());
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
        env.put("AWS_XRAY_CONTEXT_MISSING", "LOG_ERROR");
        env.put("AWS_XRAY_DAEMON_ADDRESS", xrayDaemon);
        env.put("_AWS_XRAY_DAEMON_ADDRESS", xrayDaemon.substring(0, colon));
        env.put("_AWS_XRAY_DAEMON_PORT", xrayDaemon.substring(colon + 1));
        if (runtimeApi != null) {
            env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        }
        env.put("LAMBDA_TASK_ROOT", taskRoot);
        env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("PATH", "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin");
        env.put("LD_LIBRARY_PATH",
                "/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib");
        // The function's own variables may override the unreserved ones above (LANG, PATH, TZ, ...).
        env.putAll(config.environment());
        return Collections.unmodifiableMap(env);
    }
}
