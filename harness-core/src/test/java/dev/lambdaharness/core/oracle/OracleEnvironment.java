package dev.lambdaharness.core.oracle;

import dev.lambdaharness.core.internal.child.ChildCommandLine;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The oracle child's environment, as the Lambda java17/java21 managed runtime sets it
 * (runtime-facts §3.1), built from an {@link OracleSpec} once the oracle's Runtime API listens.
 *
 * <pre>{@code
 * Map<String, String> env = OracleEnvironment.of(spec, JavaHome.of(spec.javaHome()), taskRoot, "127.0.0.1:9001", true);
 * String arn = OracleEnvironment.functionArn(env); // arn:aws:lambda:us-east-1:123456789012:function:lambda-harness-oracle
 * }</pre>
 */
final class OracleEnvironment {

    static final String DEFAULT_FUNCTION_NAME = "lambda-harness-oracle";
    static final String DEFAULT_REGION = "us-east-1";
    static final String ACCOUNT_ID = "123456789012";
    private static final String LATEST = "$LATEST";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OracleEnvironment() {
    }

    /**
     * The child's whole environment: Lambda's reserved variables, then the function's own, which may
     * replace the defaults (function name, region, credentials...) but not what the oracle owns.
     */
    static Map<String, String> of(OracleSpec spec, JavaHome javaHome, Path taskRoot, String runtimeApiAddress,
                                           boolean hasEnUsUtf8) {
        Map<String, String> own = spec.environment();
        String functionName = own.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", DEFAULT_FUNCTION_NAME);
        String version = own.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", LATEST);
        String region = own.getOrDefault("AWS_REGION", DEFAULT_REGION);

        Map<String, String> env = new LinkedHashMap<>();
        env.put("_HANDLER", spec.handler());
        env.put("AWS_EXECUTION_ENV", javaHome.executionEnvironment());
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", version);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName(version));
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApiAddress);
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        // Dummies in the real shapes, so SDK clients build without reaching for a real profile.
        env.put("AWS_ACCESS_KEY_ID", "ASIAHARNESSDUMMYKEY0");
        env.put("AWS_SECRET_ACCESS_KEY", "lambdaHarnessDummySecretAccessKey0000000");
        env.put("AWS_SESSION_TOKEN", "lambda-harness-dummy-session-token");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("LANG", "en_US.UTF-8");
        if (!hasEnUsUtf8) {
            env.put("LC_ALL", "C.UTF-8");
        }
        env.put("TZ", ":UTC");
        env.put("PATH", javaHome.home().resolve("bin") + ":/usr/local/bin:/usr/bin/:/bin:/opt/bin");
        env.put("_LAMBDA_TELEMETRY_LOG_FD", Integer.toString(ChildCommandLine.TELEMETRY_FD));
        if (spec.logFormat() != null) {
            env.put("AWS_LAMBDA_LOG_FORMAT", spec.logFormat());
        }
        if (spec.logLevel() != null) {
            env.put("AWS_LAMBDA_LOG_LEVEL", spec.logLevel());
        }
        env.putAll(own);
        return env;
    }

    /** {@code arn:aws:lambda:<region>:123456789012:function:<name>} for an environment built by {@link #of}. */
    static String functionArn(Map<String, String> environment) {
        return "arn:aws:lambda:" + environment.get("AWS_REGION") + ":" + ACCOUNT_ID + ":function:"
                + environment.get("AWS_LAMBDA_FUNCTION_NAME");
    }

    /** {@code YYYY/MM/DD/[<version>]<32 hex>}, Lambda's shape, with a fresh id per environment. */
    private static String logStreamName(String version) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return String.format("%04d/%02d/%02d/[%s]%s", today.getYear(), today.getMonthValue(), today.getDayOfMonth(), version,
                HexFormat.of().formatHex(id));
    }
}
