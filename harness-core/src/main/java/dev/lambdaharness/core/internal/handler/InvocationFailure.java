package dev.lambdaharness.core.internal.handler;

import java.io.IOError;
import java.util.List;

/**
 * What the RIC posts to {@code /runtime/invocation/<id>/error} for one invocation: the handler
 * threw, its payload did not parse, its response did not serialise, or the handler could not be
 * loaded (a fault the RIC reports on every invocation).
 *
 * <pre>{@code
 * try {
 *     response = handler.handle(payload, context);
 * } catch (InvocationFailure failure) {
 *     postError(failure.runtimeErrorType(), failure.body().toJson());
 *     log(failure.logText());
 *     if (failure.fatal()) discardEnvironment();
 * }
 * }</pre>
 */
public final class InvocationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorBody body;
    private final String runtimeErrorType;
    private final boolean fatal;
    private final String logText;
    private final transient Throwable userThrowable;

    private InvocationFailure(ErrorBody body, String runtimeErrorType, boolean fatal, String logText, Throwable userThrowable) {
        super(body.errorMessage(), userThrowable, false, false);
        this.body = body;
        this.runtimeErrorType = runtimeErrorType;
        this.fatal = fatal;
        this.logText = logText;
        this.userThrowable = userThrowable;
    }

    /** A handler-loading fault, reported on every invocation. */
    static InvocationFailure ofFault(LoaderFault fault) {
        return new InvocationFailure(fault.body(), "Runtime.BadFunctionCode", fault.fatal(), fault.reportableError(), fault.source());
    }

    /** A throwable that escaped the invocation (or the runtime's own post of its result): reported with its cut stack trace. */
    public static InvocationFailure ofThrowable(Throwable t) {
        RuntimeFrames.cut(t);
        StackTraceElement[] frames = t.getStackTrace();
        String[] stackTrace = new String[frames.length];
        for (int i = 0; i < frames.length; i++) {
            stackTrace[i] = frames[i].toString();
        }
        String message = RuntimeFrames.messageOf(t);
        String type = RuntimeFrames.typeOf(t);
        ErrorBody body = new ErrorBody(message, type, List.of(stackTrace));
        String logText = message + ": " + type + "\n" + RuntimeFrames.printed(t) + "\n";
        boolean fatal = t instanceof VirtualMachineError || t instanceof IOError;
        return new InvocationFailure(body, "Runtime.UserException", fatal, logText, t);
    }

    /** @return the body the RIC posts */
    public ErrorBody body() {
        return body;
    }

    /**
     * @return the {@code Lambda-Runtime-Function-Error-Type} header: {@code Runtime.UserException}
     *     for a throwable of the invocation, {@code Runtime.BadFunctionCode} for a loading fault
     */
    public String runtimeErrorType() {
        return runtimeErrorType;
    }

    /**
     * @return whether the RIC's loop exits after reporting this failure (a class-loading fault,
     *     a {@link VirtualMachineError} or an {@link IOError}): the environment is then gone
     */
    public boolean fatal() {
        return fatal;
    }

    /** @return exactly what the RIC logs for this failure, after posting it */
    public String logText() {
        return logText;
    }

    /** @return the throwable behind the failure (the handler's, or the loading fault's), or null */
    public Throwable userThrowable() {
        return userThrowable;
    }
}
