package dev.lambdaharness.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Lambda Java managed runtimes a function can declare.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.Handler").runtime(JavaRuntime.JAVA21).build();
 * }</pre>
 */
public enum JavaRuntime {
    /** {@code java17}: Amazon Linux 2, Corretto 17. */
    JAVA17("java17", 17),
    /** {@code java21}: Amazon Linux 2023, Corretto 21. */
    JAVA21("java21", 21),
    /** {@code java25}: Amazon Linux 2023, Corretto 25. */
    JAVA25("java25", 25);

    private final String id;
    private final int featureVersion;

    JavaRuntime(String id, int featureVersion) {
        this.id = id;
        this.featureVersion = featureVersion;
    }

    /** The runtime identifier Lambda uses, for example {@code java21}. */
    public String id() {
        return id;
    }

    /** The Java feature version of the runtime's JDK, for example {@code 21}. */
    public int featureVersion() {
        return featureVersion;
    }

    /** The value of {@code AWS_EXECUTION_ENV} in this runtime, for example {@code AWS_Lambda_java21}. */
    public String executionEnvironment() {
        return "AWS_Lambda_" + id;
    }

    /**
     * The runtime with the given Lambda identifier.
     *
     * @throws InvalidConfigurationException when {@code id} names no Java runtime Lambda Harness knows
     */
    public static JavaRuntime fromId(String id) {
        for (JavaRuntime runtime : values()) {
            if (runtime.id.equals(id)) {
                return runtime;
            }
        }
        throw InvalidConfigurationException.notOneOf("runtime", id,
                Arrays.stream(values()).map(JavaRuntime::id).collect(Collectors.joining(", ")));
    }
}
