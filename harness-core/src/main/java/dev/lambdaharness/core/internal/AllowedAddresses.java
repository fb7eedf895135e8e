package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.hooks.AddressPolicy;
import java.util.List;

/**
 * What a function's sockets may reach beyond loopback, in either isolation: its
 * {@code allowedHosts} with the entries of the system property
 * {@value AddressPolicy#ALLOWED_HOSTS_PROPERTY}, and the loopback addresses
 * {@value AddressPolicy#TREATED_AS_OUTSIDE_PROPERTY} names. Plain strings, so that it crosses from
 * the test JVM's class loader to the runtime side's (which has its own copy of the hooks package)
 * and to a forked child's agent.
 *
 * <pre>{@code
 * AllowedAddresses allowed = AllowedAddresses.of(config);
 * AddressPolicy policy = AddressPolicy.of(allowed.allowed(), allowed.treatedAsOutside());
 * }</pre>
 *
 * @param allowed          allow-list entries, each checked
 * @param treatedAsOutside loopback addresses treated as outside
 */
public record AllowedAddresses(List<String> allowed, List<String> treatedAsOutside) {

    /** Copies the lists. */
    public AllowedAddresses {
        allowed = List.copyOf(allowed);
        treatedAsOutside = List.copyOf(treatedAsOutside);
    }

    /**
     * The addresses {@code config}'s function may reach in this JVM.
     *
     * @throws InvalidConfigurationException when a system property names an entry that is not one
     */
    public static AllowedAddresses of(FunctionConfig config) {
        try {
            AddressPolicy policy = AddressPolicy.withSystemProperties(config.allowedHosts());
            return new AllowedAddresses(policy.allowed(), policy.treatedAsOutside());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(AddressPolicy.ALLOWED_HOSTS_PROPERTY,
                    System.getProperty(AddressPolicy.ALLOWED_HOSTS_PROPERTY), null, e.getMessage());
        }
    }
}
