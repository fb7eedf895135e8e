package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.network.AddressPolicy;

/**
 * The addresses a function's sockets may reach, in either isolation: loopback, its
 * {@code allowedHosts}, and the entries of the system property {@value AddressPolicy#ALLOWED_HOSTS_PROPERTY}.
 *
 * <pre>{@code
 * AddressPolicy policy = FunctionAddressPolicy.of(config);
 * }</pre>
 */
public final class FunctionAddressPolicy {

    private FunctionAddressPolicy() {
    }

    /**
     * The policy of {@code config}'s function in this JVM.
     *
     * @throws InvalidConfigurationException when a system property names an entry that is not one, naming it
     */
    public static AddressPolicy of(FunctionConfig config) {
        for (String entry : AddressPolicy.split(System.getProperty(AddressPolicy.ALLOWED_HOSTS_PROPERTY))) {
            try {
                AddressPolicy.checkEntry(entry);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(AddressPolicy.ALLOWED_HOSTS_PROPERTY, entry, null,
                        "-D" + AddressPolicy.ALLOWED_HOSTS_PROPERTY + ": " + e.getMessage());
            }
        }
        try {
            return AddressPolicy.withSystemProperties(config.allowedHosts());
        } catch (IllegalArgumentException e) {
            // The allowed hosts are checked: only the loopback addresses treated as outside are left to refuse.
            throw new InvalidConfigurationException(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY,
                    System.getProperty(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY), null, e.getMessage());
        }
    }
}
