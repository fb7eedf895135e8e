package dev.lambdaharness.core.internal.policy;

import dev.lambdaharness.core.Isolation;
import java.util.List;
import java.util.Objects;

/**
 * Where a function runs, as {@link PlacementPolicy} decided it: its isolation, whether its forked
 * environments start from spares, and the warnings to log once about what it cannot emulate.
 *
 * <pre>{@code
 * Placement placement = policy.place(config, code, Isolation.FORKED, false);
 * placement.warnings().forEach(log::warning);
 * }</pre>
 *
 * @param isolation the isolation of every environment of the function
 * @param spares    whether forked environments start from a spare kept ready
 * @param warnings  what the runtime says, once per JVM, about this function
 */
public record Placement(Isolation isolation, boolean spares, List<String> warnings) {

    /** Checks every part is there and freezes the warnings. */
    public Placement {
        Objects.requireNonNull(isolation, "isolation");
        warnings = List.copyOf(warnings);
    }
}
