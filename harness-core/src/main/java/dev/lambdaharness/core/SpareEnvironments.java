package dev.lambdaharness.core;

/**
 * Whether a forked function keeps a spare execution environment ready, so that a cold start does
 * not wait for a JVM to boot. A spare is a child JVM started ahead (when the function is deployed,
 * and again after each cold start that used one); the {@code REPORT} of the cold start that uses it
 * still shows the whole INIT as {@code Init Duration}, boot included, without the time the spare
 * sat waiting. In-process functions have no spares: their cold starts take milliseconds anyway.
 *
 * <p>The trade-off is what runs ahead. {@link #BOOTED} runs nothing of the function before the
 * invocation that needs it, so a test may still set up its fakes (a local endpoint, a file, a
 * container) after deploying the function and before invoking it, as without spares.
 * {@link #INITIALISED} also runs the function's INIT ahead (static initialisers, the handler's
 * constructor): the fastest cold start, but INIT then sees the world as it was when the spare
 * started, before the test's fakes may exist, and its output belongs to that earlier moment.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.builder().spareEnvironments(SpareEnvironments.BOOTED).build()) {
 *     LambdaFunction function = runtime.function(config, code, Isolation.FORKED); // a spare starts booting
 *     startFakes();
 *     function.invoke("{}"); // cold, in the spare: INIT runs now, with the fakes in place
 * }
 * }</pre>
 */
public enum SpareEnvironments {
    /** No spare: every cold start starts its JVM then. The default. */
    NONE,
    /**
     * A spare JVM with its runtime client started and the runtime's own classes loaded, waiting
     * before anything of the function runs; INIT runs at the cold start. Safe for any test.
     */
    BOOTED,
    /**
     * A spare that has also run the function's INIT and waits for its first invocation. Only for
     * functions whose INIT needs nothing the test sets up after deploying them.
     */
    INITIALISED
}
