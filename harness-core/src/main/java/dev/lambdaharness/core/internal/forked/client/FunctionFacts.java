package dev.lambdaharness.core.internal.forked.client;

import dev.lambdaharness.core.internal.handler.LambdaContext;
import java.util.Map;

/**
 * What a runtime client learns of its function from the environment variables Lambda sets, read
 * once at start: the {@code Context}'s function name, version, memory and log names, the Runtime
 * API's address and the telemetry descriptor ({@code RuntimeLogSettings} reads the log level and
 * format).
 *
 * @param functionName      {@code AWS_LAMBDA_FUNCTION_NAME}
 * @param functionVersion   {@code AWS_LAMBDA_FUNCTION_VERSION}
 * @param memoryLimitMb     {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE}, 128 when unset
 * @param logGroupName      {@code AWS_LAMBDA_LOG_GROUP_NAME}
 * @param logStreamName     {@code AWS_LAMBDA_LOG_STREAM_NAME}
 * @param runtimeApi        {@code AWS_LAMBDA_RUNTIME_API}, {@code host:port}
 * @param telemetryFd       {@code _LAMBDA_TELEMETRY_LOG_FD}, or {@code null}
 */
record FunctionFacts(String functionName, String functionVersion, int memoryLimitMb, String logGroupName,
                     String logStreamName, String runtimeApi, String telemetryFd)
        implements LambdaContext.Function {

    static FunctionFacts of(Map<String, String> env) {
        return new FunctionFacts(env.get("AWS_LAMBDA_FUNCTION_NAME"), env.get("AWS_LAMBDA_FUNCTION_VERSION"),
                Integer.parseInt(env.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")),
                env.get("AWS_LAMBDA_LOG_GROUP_NAME"), env.get("AWS_LAMBDA_LOG_STREAM_NAME"),
                env.get("AWS_LAMBDA_RUNTIME_API"), env.get("_LAMBDA_TELEMETRY_LOG_FD"));
    }
}
