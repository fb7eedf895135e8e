package dev.lambdaharness.events.serialization;

/**
 * Raised when the function's class loader offers more than one
 * {@code com.amazonaws.services.lambda.runtime.CustomPojoSerializer}; it reports as the RIC's
 * {@code TooManyServiceProvidersFoundException} with the RIC's message.
 */
final class TooManyCustomSerializersException extends RuntimeException implements RicThrowable {

    private static final long serialVersionUID = 1L;

    TooManyCustomSerializersException() {
        super("Too many serializers provided inside the META-INF/services folder, only one is allowed");
    }

    @Override
    public String ricClassName() {
        return "com.amazonaws.services.lambda.runtime.api.client.TooManyServiceProvidersFoundException";
    }

    @Override
    public String toString() {
        // printStackTrace starts with toString(): print the RIC's class name, as its log line does.
        return ricClassName() + ": " + getLocalizedMessage();
    }
}
