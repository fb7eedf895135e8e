package dev.lambdaharness.core.template;

/**
 * A SAM or CloudFormation template that cannot be read, or a function in it that cannot be deployed
 * as it is written. The message names the file, the property path where the problem is (for example
 * {@code Resources.OrdersFunction.Properties.MemorySize}) and the fix; {@link #path()} returns that
 * path on its own.
 *
 * <pre>{@code
 * try {
 *     Template.read(Path.of("template.yaml")).function("OrdersFunction");
 * } catch (InvalidTemplateException e) {
 *     e.path(); // "Resources.OrdersFunction.Properties.MemorySize"
 * }
 * }</pre>
 */
public final class InvalidTemplateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * Creates the exception.
     *
     * @param path the property path the problem is at, or the empty string when it is the whole file
     * @param message the whole message, naming the fix
     */
    public InvalidTemplateException(String path, String message) {
        super(message);
        this.path = path == null ? "" : path;
    }

    /**
     * Creates the exception with its cause, for a refusal that another part of Lambda Harness made
     * (a setting out of Lambda's range).
     */
    public InvalidTemplateException(String path, String message, Throwable cause) {
        super(message, cause);
        this.path = path == null ? "" : path;
    }

    /** The property path the problem is at, dot-separated with list indexes ({@code Layers[0]}); empty for the whole file. */
    public String path() {
        return path;
    }
}
