package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;

/** A handler that could not be loaded: every invocation fails with the same fault, as in the RIC. */
final class FaultHandler implements FunctionHandler {

    private final LoaderFault fault;

    FaultHandler(LoaderFault fault) {
        this.fault = fault;
    }

    @Override
    public byte[] handle(byte[] payload, Context context) throws InvocationFailure {
        throw InvocationFailure.ofFault(fault);
    }
}
