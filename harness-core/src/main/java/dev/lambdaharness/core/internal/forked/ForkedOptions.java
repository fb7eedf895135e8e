package dev.lambdaharness.core.internal.forked;

/**
 * The harness's own settings for forked environments (none of them a Lambda setting), as a
 * {@code LambdaRuntime} was built with them.
 *
 * <pre>{@code
 * new ForkedEnvironment("1", config, code, clock, new ForkedOptions(true));
 * }</pre>
 *
 * @param privateTmp whether each child gets a {@code /tmp} of its own ({@link PrivateTmp})
 */
public record ForkedOptions(boolean privateTmp) {

    /** The defaults: the machine's {@code /tmp}, with a private {@code java.io.tmpdir} per environment. */
    public static final ForkedOptions DEFAULTS = new ForkedOptions(false);
}
