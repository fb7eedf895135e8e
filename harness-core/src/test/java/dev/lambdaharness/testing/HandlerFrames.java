package dev.lambdaharness.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The stack frames a handler's own code throws from, as this JVM prints them, so a test states a
 * failing handler's expected stack trace without pinning the line numbers of its source.
 *
 * <p>The frames come from running the handler's class directly, outside any runtime: a runtime
 * that reports another frame (a wrong line, the bridge method's line for the method's own, a frame
 * cut or kept wrongly) still fails the assertion.
 *
 * <pre>{@code
 * List<String> expected = HandlerFrames.thrownBy(new Throws(), "x");
 * // [dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:<the throw's line>),
 * //  dev.lambdaharness.core.corpus.Throws.handleRequest(Throws.java:<the bridge method's line>)]
 * assertThat(failure.body().stackTrace()).isEqualTo(expected);
 * }</pre>
 */
public final class HandlerFrames {

    private HandlerFrames() {
    }

    /**
     * Calls the handler through {@link RequestHandler}, as a runtime does, so a generic handler is
     * entered through its bridge method, whose frame the trace keeps.
     *
     * @param input passed as it is, even when it is not of the handler's input type (the bridge's
     *        cast then throws)
     * @return the leading frames of what the handler threw that belong to its class
     */
    @SuppressWarnings("unchecked")
    public static List<String> thrownBy(RequestHandler<?, ?> handler, Object input) {
        RequestHandler<Object, ?> raw = (RequestHandler<Object, ?>) handler;
        return thrownBy(handler.getClass(), () -> raw.handleRequest(input, TestContext.plain()));
    }

    /**
     * @param handler the class whose frames are kept; its nested classes' frames count as its own
     * @param call code that makes the handler's class throw
     * @return the leading frames of what {@code call} threw that belong to {@code handler}; for an
     *         {@link ExceptionInInitializerError}, those of its cause
     */
    public static List<String> thrownBy(Class<?> handler, Callable<?> call) {
        Throwable thrown = null;
        try {
            call.call();
        } catch (ExceptionInInitializerError e) {
            thrown = e.getCause();
        } catch (Exception | Error e) {
            thrown = e;
        }
        if (thrown == null) {
            throw new IllegalArgumentException(handler.getName() + " threw nothing: call it with an input it fails on");
        }
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.equals(handler.getName()) && !type.startsWith(handler.getName() + "$")) {
                break;
            }
            frames.add(frame.toString());
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(handler.getName() + " did not throw from its own code but from "
                    + thrown.getStackTrace()[0] + ": call it where it throws itself", thrown);
        }
        return frames;
    }
}
