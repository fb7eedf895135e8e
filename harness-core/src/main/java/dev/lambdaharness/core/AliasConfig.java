package dev.lambdaharness.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An alias of a function: a name that points at a published version and, optionally, sends a
 * share of its invocations to a second published version ({@code RoutingConfig.AdditionalVersionWeights}).
 *
 * <pre>{@code
 * LambdaFunction live = function.createAlias("live", "1", "2", 0.1); // 10 % of invocations run version 2
 * AliasConfig alias = function.aliases().get("live");
 * alias.additionalVersion();        // Optional[2]
 * alias.additionalVersionWeight();  // 0.1
 * }</pre>
 *
 * @param name the alias name
 * @param functionVersion the version it points at
 * @param additionalVersion the second version, when it splits traffic
 * @param additionalVersionWeight the share of invocations the second version gets, 0 to 1 (0 without one)
 */
public record AliasConfig(String name, String functionVersion, Optional<String> additionalVersion,
        double additionalVersionWeight) {

    /** Refuses a missing member. */
    public AliasConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functionVersion, "functionVersion");
        Objects.requireNonNull(additionalVersion, "additionalVersion");
    }
}
