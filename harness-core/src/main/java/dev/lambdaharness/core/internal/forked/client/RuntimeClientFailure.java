package dev.lambdaharness.core.internal.forked.client;

import dev.lambdaharness.events.serialization.RicThrowable;

/**
 * The Runtime API refused a post: what the runtime interface client raises then
 * ({@code LambdaRuntimeClientException}, "{@code <what> Response code: '<status>'.}"), reported and
 * printed under that class's name so the runtime's account of it reads the same.
 */
final class RuntimeClientFailure extends RuntimeException implements RicThrowable {

    private static final long serialVersionUID = 1L;
    private static final String RIC_CLASS = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.LambdaRuntimeClientException";

    RuntimeClientFailure(String what, int status) {
        super(what + " Response code: '" + status + "'.");
    }

    @Override
    public String ricClassName() {
        return RIC_CLASS;
    }

    @Override
    public String toString() {
        return RIC_CLASS + ": " + getLocalizedMessage();
    }
}
