package dev.lambdaharness.core.internal.handler;

/**
 * A fault of handler loading, the RIC's "user fault": a message, optionally the type and printed
 * trace of the throwable behind it, and whether the runtime stops after reporting it.
 *
 * <p>It is reported without a stack trace and with the function error type
 * {@code Runtime.BadFunctionCode}. It is thrown only inside this package, to unwind the loading
 * steps the way the RIC does; its own stack is never recorded.
 */
final class LoaderFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String faultMessage;
    private final String exceptionType;
    private final String trace;
    private final boolean fatal;
    private final transient Throwable source;

    private LoaderFault(String faultMessage, String exceptionType, String trace, boolean fatal, Throwable source) {
        super(faultMessage, null, false, false);
        this.faultMessage = faultMessage;
        this.exceptionType = exceptionType;
        this.trace = trace;
        this.fatal = fatal;
        this.source = source;
    }

    /** A fault that is only a message (no type, no trace), e.g. {@code Invalid handler: `x'}. */
    static LoaderFault ofMessage(String message) {
        return new LoaderFault(message, null, null, false, null);
    }

    /** A fault made from a throwable: its message (or class name), its type and its cut trace. */
    static LoaderFault ofThrowable(Throwable t, boolean fatal) {
        return new LoaderFault(RuntimeFrames.messageOf(t), RuntimeFrames.typeOf(t), RuntimeFrames.printed(t), fatal, t);
    }

    /** The handler's class is not on the function's class path. */
    static LoaderFault classNotFound(Throwable t, String className) {
        return new LoaderFault("Class not found: " + className, t.getClass().getName(), RuntimeFrames.printed(t), false, t);
    }

    /** Loading or initialising the handler's class failed; fatal, as in the RIC. */
    static LoaderFault classLoadingFailed(Throwable t, String className) {
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
        return new LoaderFault("Error loading class " + className + detail, t.getClass().getName(), RuntimeFrames.printed(t), true, t);
    }

    /** Listing the handler class's methods failed for a missing class. */
    static LoaderFault methodLoadingFailed(Throwable t, String methodName, String className) {
        return new LoaderFault("Error loading method " + methodName + " on class " + className,
                t.getClass().getName(), RuntimeFrames.printed(t), false, t);
    }

    boolean fatal() {
        return fatal;
    }

    Throwable source() {
        return source;
    }

    /** @return the body the RIC posts for a fault: message and type, never a stack trace */
    ErrorBody body() {
        return new ErrorBody(faultMessage, exceptionType, null);
    }

    /** @return what the RIC logs for this fault */
    String reportableError() {
        if (exceptionType != null || trace != null) {
            return faultMessage + ": " + (exceptionType == null ? "" : exceptionType) + "\n" + (trace == null ? "" : trace) + "\n";
        }
        return faultMessage + "\n";
    }
}
