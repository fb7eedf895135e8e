package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;

/**
 * A loaded handler of one execution environment, ready to be invoked any number of times, one
 * invocation at a time.
 *
 * <pre>{@code
 * FunctionHandler handler = HandlerLoader.load("com.example.Hello::handleRequest", functionLoader);
 * byte[] response = handler.handle("\"world\"".getBytes(StandardCharsets.UTF_8), context);
 * }</pre>
 */
public interface FunctionHandler {

    /**
     * One invocation, as the RIC's request handler runs it: deserialise the payload for the
     * declared input type, call the handler, serialise the declared output type.
     *
     * @param payload the event bytes as the caller sent them
     * @param context the context handed to the handler (its client context decides the Android path)
     * @return the response bytes exactly as the RIC would post them
     * @throws InvocationFailure what the RIC would post to {@code /error} instead
     */
    byte[] handle(byte[] payload, Context context) throws InvocationFailure;
}
