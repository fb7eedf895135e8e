package dev.lambdaharness.core.internal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address policy alone: addresses are parsed from literals and judged; nothing connects, nothing is looked up. */
class AddressPolicyTest {

    private final AddressPolicy loopbackOnly = AddressPolicy.loopbackOnly();

    @Test
    void loopbackAndTheWildcardAddressAreAllowed() {
        assertThat(loopbackOnly.refusal(address("127.0.0.1"), null, 80)).isNull();
        assertThat(loopbackOnly.refusal(address("127.0.0.2"), null, 80)).isNull();
        assertThat(loopbackOnly.refusal(address("::1"), null, 80)).isNull();
        assertThat(loopbackOnly.refusal(address("0.0.0.0"), null, 80)).isNull();
        assertThat(loopbackOnly.refusal("localhost", 80)).isNull();
        assertThat(loopbackOnly.refusal("LocalHost", 80)).isNull();
        assertThat(loopbackOnly.refusal("api.localhost", 80)).isNull();
        assertThat(loopbackOnly.refusal("127.0.0.1", 80)).isNull();
        assertThat(loopbackOnly.refusal("[::1]", 80)).isNull();
    }

    @Test
    void linkLocalAddressesAreRefusedNamingWhatTheyAre() {
        assertThat(loopbackOnly.refusal(address("169.254.169.254"), null, 80)).isEqualTo(
                "Lambda Harness refused a connection from function code to 169.254.169.254:80 (link-local: the EC2"
                        + " instance metadata service): tests reach the loopback address only. If the test means to reach"
                        + " it, allow it: FunctionConfig.builder(...).allowedHosts(\"169.254.169.254\"),"
                        + " @LambdaTest(allowedHosts = \"169.254.169.254\"), or -Dlambdaharness.allowedHosts=169.254.169.254"
                        + " for every function.");
        assertThat(loopbackOnly.refusal(address("169.254.100.1"), null, 2000))
                .contains("169.254.100.1:2000 (link-local: Lambda's X-Ray daemon;");
        assertThat(loopbackOnly.refusal(address("169.254.3.4"), null, 80)).contains("(link-local)");
        assertThat(loopbackOnly.refusal(address("fe80::1"), null, 443)).contains("[fe80:0:0:0:0:0:0:1]:443 (link-local)");
    }

    @Test
    void privateAndPublicAddressesAreRefused() {
        assertThat(loopbackOnly.refusal(address("10.0.0.7"), null, 5432)).contains("10.0.0.7:5432 (private)");
        assertThat(loopbackOnly.refusal(address("172.16.0.1"), null, 80)).contains("(private)");
        assertThat(loopbackOnly.refusal(address("192.168.1.1"), null, 80)).contains("(private)");
        assertThat(loopbackOnly.refusal(address("fd00::1"), null, 80)).contains("(private)");
        assertThat(loopbackOnly.refusal(address("52.94.236.248"), null, 443)).contains("52.94.236.248:443 (public)");
        assertThat(loopbackOnly.refusal(address("2600:1f18::1"), null, 443)).contains("(public)");
        assertThat(loopbackOnly.refusal(address("224.0.0.251"), null, 5353)).contains("(multicast)");
    }

    @Test
    void hostNamesOtherThanLocalhostAreRefusedWithoutLookingThemUp() {
        assertThat(loopbackOnly.refusal("dynamodb.us-east-1.amazonaws.com", 443)).contains(
                "dynamodb.us-east-1.amazonaws.com:443 (a host name, not looked up)",
                "allowedHosts(\"dynamodb.us-east-1.amazonaws.com\")");
        assertThat(loopbackOnly.refusal("10.1.2.3", 80)).contains("(private)");
    }

    @Test
    void allowedEntriesAllowNamesDomainsAddressesAndBlocks() {
        AddressPolicy policy = AddressPolicy.of(List.of("db.internal", "*.example.com", "10.0.0.7", "192.168.0.0/16",
                "fd00::/8"), List.of());

        assertThat(policy.refusal("DB.internal", 5432)).isNull();
        assertThat(policy.refusal("api.example.com", 443)).isNull();
        assertThat(policy.refusal("example.com", 443)).isNotNull();
        assertThat(policy.refusal("other.internal", 443)).isNotNull();
        assertThat(policy.refusal(address("10.0.0.7"), null, 80)).isNull();
        assertThat(policy.refusal(address("10.0.0.8"), null, 80)).isNotNull();
        assertThat(policy.refusal(address("192.168.44.5"), null, 80)).isNull();
        assertThat(policy.refusal(address("192.169.0.1"), null, 80)).isNotNull();
        assertThat(policy.refusal(address("fd12::1"), null, 80)).isNull();
        // A resolved address reached by an allowed name is allowed.
        assertThat(policy.refusal(address("172.20.0.3"), "db.internal", 80)).isNull();
        assertThat(AddressPolicy.of(List.of("*"), List.of()).refusal(address("169.254.169.254"), null, 80)).isNull();
    }

    @Test
    void aBlockWithAPrefixThatIsNotAMultipleOfEightMatchesItsBitsOnly() {
        AddressPolicy policy = AddressPolicy.of(List.of("172.16.0.0/12"), List.of());

        assertThat(policy.refusal(address("172.31.255.255"), null, 80)).isNull();
        assertThat(policy.refusal(address("172.32.0.0"), null, 80)).isNotNull();
        assertThat(policy.refusal(address("172.15.0.1"), null, 80)).isNotNull();
    }

    @Test
    void loopbackAddressesCanBeTreatedAsOutsideForTheHarnessesOwnTests() {
        AddressPolicy policy = AddressPolicy.of(List.of(), List.of("127.0.0.2"));

        assertThat(policy.refusal(address("127.0.0.2"), null, 9)).contains(
                "127.0.0.2:9 (loopback, treated as outside by lambdaharness.internal.treatedAsOutside)");
        assertThat(policy.refusal("127.0.0.2", 9)).isNotNull();
        assertThat(policy.refusal(address("127.0.0.1"), null, 9)).isNull();
        assertThat(AddressPolicy.of(List.of("127.0.0.2"), List.of("127.0.0.2")).refusal(address("127.0.0.2"), null, 9))
                .isNull();
        assertThatThrownBy(() -> AddressPolicy.of(List.of(), List.of("10.0.0.1")))
                .hasMessage("lambdaharness.internal.treatedAsOutside names '10.0.0.1', which is not a loopback address."
                        + " Name loopback addresses only, such as 127.0.0.2.");
    }

    @Test
    void malformedEntriesAreRefusedNamingTheForms() {
        for (String entry : List.of("", "db internal", "10.0.0.0/33", "10.0.0.0/x", "*.", "http://db.internal", "db/8")) {
            assertThatThrownBy(() -> AddressPolicy.checkEntry(entry)).as(entry)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("allowedHosts entry '" + entry + "' is no host, domain, address or CIDR block. Name a"
                            + " host (db.internal), a domain (*.example.com), an address (10.0.0.7), a CIDR block"
                            + " (10.0.0.0/8) or *.");
        }
    }

    @Test
    void theSystemPropertyEntriesAreSplitOnCommas() {
        assertThat(AddressPolicy.split(" db.internal, ,10.0.0.0/8 ")).containsExactly("db.internal", "10.0.0.0/8");
        assertThat(AddressPolicy.split(null)).isEmpty();
    }

    /** An address from its literal: parsed, never looked up. */
    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
