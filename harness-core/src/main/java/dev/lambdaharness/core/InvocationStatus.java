package dev.lambdaharness.core;

/**
 * How an invocation ended, as the platform reports it: the {@code Status} of a {@code REPORT}
 * line and the {@code status} of the JSON platform records. A function error is a
 * {@link #SUCCESS} here: the runtime delivered the error, so the platform's part went well.
 *
 * <pre>{@code
 * InvocationResult result = function.invoke("{}");
 * if (result.report().status() == InvocationStatus.TIMEOUT) {
 *     System.out.println("Status: " + result.report().status().wireName()); // Status: timeout
 * }
 * }</pre>
 */
public enum InvocationStatus {

    /** The runtime answered: a response, or a function error it posted. */
    SUCCESS("success"),
    /** The runtime failed: it exited, crashed, or its INIT failed. */
    ERROR("error"),
    /** The invocation outlived the function's timeout. */
    TIMEOUT("timeout");

    private final String wireName;

    InvocationStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in Lambda's platform lines and records: {@code success}, {@code error} or {@code timeout}. */
    public String wireName() {
        return wireName;
    }
}
