package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;

/** Starts the environments of one isolation. */
@FunctionalInterface
public interface SandboxFactory {

    /**
     * A new environment of the function; nothing of it runs until its first invocation, or until
     * {@link Sandbox#initialiseAhead()} for provisioned concurrency.
     */
    Sandbox create(String id, FunctionConfig config, FunctionCode code, RuntimeClock clock, InitializationType type);
}
