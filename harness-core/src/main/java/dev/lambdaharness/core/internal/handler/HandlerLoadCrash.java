package dev.lambdaharness.core.internal.handler;

/**
 * The RIC itself would die while loading the handler: a throwable escaped its loader outside the
 * faults it reports (for example a generic signature that names a missing class). The RIC posts
 * nothing; its JVM prints the uncaught throwable and exits with status 1, which the platform
 * reports as {@code Runtime.ExitError}.
 */
public final class HandlerLoadCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stderrText;

    HandlerLoadCrash(Throwable cause) {
        super("The runtime would exit while loading the handler: " + cause, cause);
        java.io.StringWriter text = new java.io.StringWriter();
        cause.printStackTrace(new java.io.PrintWriter(text));
        this.stderrText = "Exception in thread \"main\" " + text;
    }

    /** @return what the dying JVM prints on stderr: {@code Exception in thread "main" } and the trace */
    public String stderrText() {
        return stderrText;
    }

    /** @return the exit status of the RIC's JVM: 1 */
    public int exitStatus() {
        return 1;
    }
}
