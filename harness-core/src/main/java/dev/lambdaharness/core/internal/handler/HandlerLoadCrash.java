package dev.lambdaharness.core.internal.handler;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The RIC itself would die while starting or loading the handler: a throwable escaped its loader
 * outside the faults it reports (for example a generic signature that names a missing class), or
 * its start-up refused a setting (an unknown {@code AWS_LAMBDA_LOG_FORMAT}). The RIC posts
 * nothing; its JVM prints the uncaught throwable and exits with status 1, which the platform
 * reports as {@code Runtime.ExitError}. The printed trace shows our frames where the RIC's would
 * show its own.
 */
public final class HandlerLoadCrash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stderrText;

    HandlerLoadCrash(Throwable cause) {
        super("The runtime would exit while loading the handler: " + cause, cause);
        StringWriter text = new StringWriter();
        cause.printStackTrace(new PrintWriter(text));
        this.stderrText = "Exception in thread \"main\" " + text;
    }

    /**
     * The runtime dies before loading anything: {@code cause} escaped its {@code main}, as the
     * {@code IllegalArgumentException} of an unknown log format or level does.
     */
    public static HandlerLoadCrash atStart(Throwable cause) {
        return new HandlerLoadCrash(cause);
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
