package dev.lambdaharness.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A function's allowed hosts with the JVM-wide ones; a malformed system property is named, never a stack trace. */
class FunctionAddressPolicyTest {

    private static final FunctionConfig CONFIG = FunctionConfig.builder("a.B").allowedHosts("db.internal").build();

    @AfterEach
    void clear() {
        System.clearProperty(AddressPolicy.ALLOWED_HOSTS_PROPERTY);
        System.clearProperty(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY);
    }

    @Test
    void theSystemPropertyAddsToTheFunctionsOwnEntries() {
        System.setProperty(AddressPolicy.ALLOWED_HOSTS_PROPERTY, "10.0.0.0/8, *.example.com");

        assertThat(FunctionAddressPolicy.of(CONFIG).allowed()).containsExactly("db.internal", "10.0.0.0/8", "*.example.com");
    }

    @Test
    void aMalformedSystemPropertyEntryIsNamed() {
        System.setProperty(AddressPolicy.ALLOWED_HOSTS_PROPERTY, "10.0.0.0/8,db internal");

        assertThatThrownBy(() -> FunctionAddressPolicy.of(CONFIG)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("-Dlambdaharness.allowedHosts: allowedHosts entry 'db internal' is no host, domain, address or"
                        + " CIDR block. Name a host (db.internal), a domain (*.example.com), an address (10.0.0.7), a CIDR"
                        + " block (10.0.0.0/8) or *.");
    }

    @Test
    void onlyLoopbackAddressesCanBeTreatedAsOutside() {
        System.setProperty(AddressPolicy.TREATED_AS_OUTSIDE_PROPERTY, "10.0.0.1");

        assertThatThrownBy(() -> FunctionAddressPolicy.of(CONFIG)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("lambdaharness.internal.treatedAsOutside names '10.0.0.1', which is not a loopback address."
                        + " Name loopback addresses only, such as 127.0.0.2.");
    }
}
