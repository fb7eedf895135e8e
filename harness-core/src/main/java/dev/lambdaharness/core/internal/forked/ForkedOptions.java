package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.internal.Debugging;
import java.util.Objects;

/**
 * The harness's own settings for forked environments (none of them a Lambda setting), as a
 * {@code LambdaRuntime} was built with them.
 *
 * <pre>{@code
 * new ForkedEnvironment("1", config, code, clock, TimeLimits.LAMBDA, new ForkedOptions(true, Debugging.OFF));
 * }</pre>
 *
 * @param privateTmp whether each child gets a {@code /tmp} of its own ({@link PrivateTmp})
 * @param debugging  whether children listen for a debugger, and time limits go unenforced
 */
public record ForkedOptions(boolean privateTmp, Debugging debugging) {

    /** The defaults: the machine's {@code /tmp}, with a private {@code java.io.tmpdir} per environment; no debugger. */
    public static final ForkedOptions DEFAULTS = new ForkedOptions(false, Debugging.OFF);

    /** Checks the debugging setting is there. */
    public ForkedOptions {
        Objects.requireNonNull(debugging, "debugging: pass Debugging.OFF");
    }
}
