package dev.lambdaharness.core;

/**
 * Function code that cannot be read: a path that does not exist, a deployment package that is not
 * a zip, a layer in the wrong shape. The message names the path and the fix.
 *
 * <pre>{@code
 * FunctionCode.fromPaths(Path.of("target/classes")); // throws when the project is not built yet
 * }</pre>
 */
public final class InvalidFunctionCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the path and the fix. */
    public InvalidFunctionCodeException(String message) {
        super(message);
    }

    /** Creates the exception with a message that names the path and the fix, and its cause. */
    public InvalidFunctionCodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
