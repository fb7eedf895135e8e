package dev.lambdaharness.core;

/**
 * The X-Ray tracing mode of a function ({@code TracingConfig.Mode}).
 *
 * <pre>{@code
 * FunctionConfig.builder("com.example.Handler").tracing(TracingMode.ACTIVE).build();
 * }</pre>
 */
public enum TracingMode {
    /** Lambda passes a trace header on, unsampled unless the caller sampled it. The default. */
    PASS_THROUGH,
    /** Lambda samples invocations and adds an XRAY part to REPORT lines. */
    ACTIVE
}
