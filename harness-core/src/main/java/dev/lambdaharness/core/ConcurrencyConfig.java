package dev.lambdaharness.core;

import dev.lambdaharness.core.internal.config.FunctionLimits;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How many environments of a function may run at once, as Lambda's {@code PutFunctionConcurrency}
 * (reserved) and {@code PutProvisionedConcurrencyConfig} (provisioned) set it. It is checked
 * against Lambda's limits when a {@link FunctionConfig} is built with it. The runtime throttles
 * invocations beyond the reserved concurrency (see docs/concurrency.md). Provisioned concurrency
 * belongs to a published version or alias ({@link LambdaFunction#putProvisionedConcurrency(int)}):
 * the runtime refuses to deploy a configuration carrying it, as Lambda refuses it on {@code $LATEST}.
 *
 * <pre>{@code
 * FunctionConfig config = FunctionConfig.builder("com.example.Handler")
 *         .concurrency(ConcurrencyConfig.DEFAULT.withReserved(10))
 *         .build();
 * config.concurrency().reserved(); // OptionalInt[10]
 * }</pre>
 *
 * @param reserved the reserved concurrent executions (0 to 1000), when set
 * @param provisioned the provisioned concurrent executions (1 to 1000), when set
 */
public record ConcurrencyConfig(OptionalInt reserved, OptionalInt provisioned) {

    /** Lambda's default: nothing reserved, nothing provisioned. */
    public static final ConcurrencyConfig DEFAULT = new ConcurrencyConfig(OptionalInt.empty(), OptionalInt.empty());

    /** Refuses a missing member; an unset one is an empty {@code OptionalInt}. */
    public ConcurrencyConfig {
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(provisioned, "provisioned");
    }

    /** This configuration with a reserved concurrency, 0 to 1000. */
    public ConcurrencyConfig withReserved(int executions) {
        return new ConcurrencyConfig(OptionalInt.of(executions), provisioned);
    }

    /** This configuration with a provisioned concurrency, 1 to 1000. */
    public ConcurrencyConfig withProvisioned(int executions) {
        return new ConcurrencyConfig(reserved, OptionalInt.of(executions));
    }

    /** This configuration without a provisioned concurrency, the reserved one kept. */
    public ConcurrencyConfig withoutProvisioned() {
        return new ConcurrencyConfig(reserved, OptionalInt.empty());
    }

    /** Refuses values out of Lambda's ranges, and a provisioned concurrency above the reserved one. */
    void check(String functionName) {
        reserved.ifPresent(FunctionLimits.RESERVED_CONCURRENCY::check);
        provisioned.ifPresent(FunctionLimits.PROVISIONED_CONCURRENCY::check);
        provisioned.ifPresent(executions -> FunctionLimits.checkProvisionedWithinReserved(functionName, executions,
                executions, reserved));
    }
}
