package dev.lambdaharness.core.internal;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * Whether a runtime is being debugged ({@code LambdaRuntime.Builder#debugPort}): then forked
 * children listen for a debugger on the port, and no environment waits for a function against
 * Lambda's time limits (the function timeout, the 10 s INIT limit), since a debugger may hold the
 * handler at a breakpoint for as long as it likes. What the function sees of its deadline stays
 * Lambda's.
 *
 * <pre>{@code
 * Debugging debugging = new Debugging(OptionalInt.of(5005));
 * long wait = debugging.waitMs(config.timeout().toMillis()); // a year while debugging
 * }</pre>
 *
 * @param port the JDWP port on 127.0.0.1 forked children listen on, or empty when not debugging
 */
public record Debugging(OptionalInt port) {

    /** Not debugging: Lambda's limits are enforced. */
    public static final Debugging OFF = new Debugging(OptionalInt.empty());

    /** How long "not enforced" waits: longer than any debugging session, short enough for nanosecond arithmetic. */
    static final long UNBOUNDED_MS = Duration.ofDays(365).toMillis();

    /** Whether a debug port is set. */
    public boolean on() {
        return port.isPresent();
    }

    /** How long to wait for what Lambda bounds by {@code lambdaLimitMs}: that limit, or practically forever while debugging. */
    public long waitMs(long lambdaLimitMs) {
        return on() ? UNBOUNDED_MS : lambdaLimitMs;
    }
}
