package dev.lambdaharness.conformance;

/**
 * The contract checks {@link ConformanceSuite} runs on real invocations of each function. Each id is
 * a section of {@code docs/contract-checks.md}.
 *
 * <pre>{@code
 * report.result("create-order", ContractCheck.COLD_WARM_SAME_RESULT.id()).orElseThrow().outcome();
 * }</pre>
 */
public enum ContractCheck {
    /** The handler resolves and INIT completes within Lambda's 10 s. */
    INIT_WITHIN_LIMIT("init-within-limit"),
    /** Every invocation completes within the function's timeout. */
    COMPLETES_WITHIN_TIMEOUT("completes-within-timeout"),
    /** (Forked) every invocation stays within the memory size, by the REPORT's Max Memory Used. */
    MEMORY_WITHIN_SIZE("memory-within-size"),
    /** The same event gives the same result on a cold and on a warm environment. */
    COLD_WARM_SAME_RESULT("cold-warm-same-result"),
    /** The same event delivered twice does not fail and gives the same result. */
    REDELIVERY_SAME_RESULT("redelivery-same-result"),
    /** Writes to {@code /tmp} stay within the ephemeral storage size. */
    TMP_WITHIN_EPHEMERAL_STORAGE("tmp-within-ephemeral-storage"),
    /** The environment variables fit Lambda's 4 KB. */
    ENVIRONMENT_WITHIN_4KB("environment-within-4kb"),
    /** The deployment package and its layers fit Lambda's quotas (250 MB unzipped; 50 MB zipped, a warning). */
    PACKAGE_SIZE("package-size"),
    /** No non-daemon thread the function started is still running when an invocation returns. */
    NO_THREADS_LEFT("no-threads-left"),
    /** No invocation calls the Lambda Invoke API on the function itself. */
    NO_SELF_INVOCATION("no-runtime-self-invocation");

    private final String id;

    ContractCheck(String id) {
        this.id = id;
    }

    /** @return the id, as reports name the check and {@code docs/contract-checks.md} anchors it */
    public String id() {
        return id;
    }
}
