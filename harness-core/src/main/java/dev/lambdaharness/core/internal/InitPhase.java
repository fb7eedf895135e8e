package dev.lambdaharness.core.internal;

/**
 * The phase an {@code INIT_REPORT} line names: INIT in its own phase, or INIT run again inside the
 * first invocation after the first attempt failed or timed out.
 *
 * <pre>{@code
 * platformLog.initReport(now, 10_000, InitPhase.INIT, InvocationStatus.TIMEOUT, null); // Phase: init
 * }</pre>
 */
public enum InitPhase {

    /** INIT in its own phase, before any invocation. */
    INIT("init"),
    /** INIT run inside an invocation. */
    INVOKE("invoke");

    private final String wireName;

    InitPhase(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in {@code Phase: init} and in the JSON record's {@code phase}. */
    public String wireName() {
        return wireName;
    }
}
