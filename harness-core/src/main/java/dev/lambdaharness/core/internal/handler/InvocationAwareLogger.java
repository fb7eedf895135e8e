package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * A logger that learns an invocation's context when the runtime hands the invocation to a loaded
 * handler, as the RIC's logger does: its JSON records carry the request id from then on, and only
 * on the thread that runs the handler (the RIC keeps the context in a thread-local it never
 * clears). A handler that could not be loaded never sets it, so the runtime's report of that fault
 * carries no request id.
 *
 * <pre>{@code
 * if (context.getLogger() instanceof InvocationAwareLogger logger) {
 *     logger.enterInvocation(context);
 * }
 * }</pre>
 */
public interface InvocationAwareLogger {

    /** Called on the handler's thread just before the handler runs. */
    void enterInvocation(Context context);
}
