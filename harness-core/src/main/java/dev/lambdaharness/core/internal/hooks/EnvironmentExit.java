package dev.lambdaharness.core.internal.hooks;

/**
 * Thrown in place of ending the JVM when function code calls {@code System.exit},
 * {@code Runtime.exit} or {@code Runtime.halt}: it unwinds the function's thread so that the
 * harness can discard the environment and report {@code Runtime.ExitError}, as Lambda does.
 *
 * <p>It is an {@link Error} so that the usual {@code catch (Exception e)} in handler code lets it
 * through. It carries no stack trace: it is a signal, not a fault, and it is thrown on every exit.
 * Unlike a real exit, {@code finally} blocks on the way out do run, and code that catches
 * {@code Throwable} can swallow it; the binding has recorded the exit by then either way.
 */
public final class EnvironmentExit extends Error {

    private static final long serialVersionUID = 1L;

    /** The exit status the function passed. */
    private final int status;

    /** {@code "System.exit"}, {@code "Runtime.exit"} or {@code "Runtime.halt"}. */
    private final String how;

    /**
     * @param status the exit status the function passed
     * @param how    the call that asked for the exit, such as {@code "System.exit"}
     */
    public EnvironmentExit(int status, String how) {
        super(how + "(" + status + ") ends this execution environment", null, false, false);
        this.status = status;
        this.how = how;
    }

    /** The exit status the function passed. */
    public int status() {
        return status;
    }

    /** The call that asked for the exit: {@code "System.exit"}, {@code "Runtime.exit"} or {@code "Runtime.halt"}. */
    public String how() {
        return how;
    }
}
