package dev.lambdaharness.core.internal.handler;

/**
 * What the RIC reports on {@code /runtime/init/error} before it exits with status 1: the
 * handler's class failed to initialise, or its constructor threw.
 *
 * <pre>{@code
 * try {
 *     HandlerLoader.load(handlerString, functionLoader);
 * } catch (InitFailure failure) {
 *     postInitError(failure.runtimeErrorType(), failure.body().toJson());
 * }
 * }</pre>
 */
public final class InitFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ErrorBody body;
    private final String logText;

    InitFailure(LoaderFault fault) {
        super(fault.body().errorMessage(), fault.source(), false, false);
        this.body = fault.body();
        this.logText = fault.reportableError();
    }

    /** @return the body the RIC posts: message and type, no stack trace */
    public ErrorBody body() {
        return body;
    }

    /** @return the {@code Lambda-Runtime-Function-Error-Type} header: always {@code Runtime.BadFunctionCode} */
    public String runtimeErrorType() {
        return "Runtime.BadFunctionCode";
    }

    /** @return what the RIC logs before posting: {@code "<msg>: <type>\n" + stack trace + "\n"} */
    public String logText() {
        return logText;
    }
}
