package dev.lambdaharness.core.internal.network;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which remote addresses function code may open sockets to: the loopback addresses, and what the
 * allow list names. Everything else (link-local such as Lambda's X-Ray daemon {@code 169.254.100.1}
 * and the instance metadata service {@code 169.254.169.254}, private ranges, public addresses) is
 * refused, so that a test suite never reaches the network, nor real AWS by accident.
 *
 * <p>Host names are judged by name, never looked up, so that judging sends no DNS query either:
 * {@code localhost} and names under {@code .localhost} are loopback, any other name must be allowed.
 *
 * <p>Allow-list entries: a host name ({@code db.internal}, matched without case), a wildcard
 * ({@code *.amazonaws.com}: that domain's names), an address ({@code 10.0.0.7}, {@code ::1}), a CIDR
 * block ({@code 10.0.0.0/8}), or {@code *} (anything).
 *
 * <pre>{@code
 * AddressPolicy policy = AddressPolicy.of(List.of("*.internal", "10.0.0.0/8"), List.of());
 * String refusal = policy.refusal(InetAddress.getByName("169.254.169.254"), "169.254.169.254", 80);
 * // "... 169.254.169.254:80 (link-local: the EC2 instance metadata service) ..."; null when allowed
 * }</pre>
 */
public final class AddressPolicy {

    /** The system property whose comma-separated entries every function's allow list gains. */
    public static final String ALLOWED_HOSTS_PROPERTY = "lambdaharness.allowedHosts";

    /**
     * The system property, for the harness's own tests, whose comma-separated loopback addresses
     * (such as {@code 127.0.0.2}) count as outside: the guard can then be shown refusing a real
     * listener without any test opening a connection beyond loopback.
     */
    public static final String TREATED_AS_OUTSIDE_PROPERTY = "lambdaharness.internal.treatedAsOutside";

    private static final AddressPolicy LOOPBACK_ONLY = new AddressPolicy(List.of(), List.of());

    private final List<String> allowed;
    private final List<Entry> entries;
    private final List<InetAddress> outside;

    private AddressPolicy(List<String> allowed, List<InetAddress> outside) {
        this.allowed = List.copyOf(allowed);
        List<Entry> parsed = new ArrayList<>();
        for (String entry : allowed) {
            parsed.add(Entry.parse(entry));
        }
        this.entries = List.copyOf(parsed);
        this.outside = List.copyOf(outside);
    }

    /** Loopback only, nothing allowed beyond it. */
    public static AddressPolicy loopbackOnly() {
        return LOOPBACK_ONLY;
    }

    /**
     * A policy that also allows {@code allowed}.
     *
     * @param allowed   allow-list entries
     * @param outside   loopback addresses to treat as outside (for the harness's own tests); usually empty
     * @throws IllegalArgumentException when an entry is none of the forms above, naming it
     */
    public static AddressPolicy of(Collection<String> allowed, Collection<String> outside) {
        List<InetAddress> outsideAddresses = new ArrayList<>();
        for (String address : outside) {
            InetAddress parsed = literal(address.strip());
            if (parsed == null || !parsed.isLoopbackAddress()) {
                throw new IllegalArgumentException(TREATED_AS_OUTSIDE_PROPERTY + " names '" + address
                        + "', which is not a loopback address. Name loopback addresses only, such as 127.0.0.2.");
            }
            outsideAddresses.add(parsed);
        }
        return new AddressPolicy(List.copyOf(allowed), outsideAddresses);
    }

    /**
     * The policy of a function allowing {@code allowed}, with this JVM's system properties
     * {@value #ALLOWED_HOSTS_PROPERTY} and {@value #TREATED_AS_OUTSIDE_PROPERTY} added.
     */
    public static AddressPolicy withSystemProperties(Collection<String> allowed) {
        List<String> all = new ArrayList<>(allowed);
        all.addAll(split(System.getProperty(ALLOWED_HOSTS_PROPERTY)));
        return of(all, split(System.getProperty(TREATED_AS_OUTSIDE_PROPERTY)));
    }

    /** Checks one allow-list entry; the message says what is wrong and what forms there are. */
    public static void checkEntry(String entry) {
        Entry.parse(entry);
    }

    /** The comma-separated entries of a setting, blank ones left out. */
    public static List<String> split(String commaSeparated) {
        List<String> entries = new ArrayList<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                if (!part.isBlank()) {
                    entries.add(part.strip());
                }
            }
        }
        return entries;
    }

    /** The allow-list entries, as given. */
    public List<String> allowed() {
        return allowed;
    }

    /** The loopback addresses treated as outside, as literals. */
    public List<String> treatedAsOutside() {
        return outside.stream().map(InetAddress::getHostAddress).toList();
    }

    /**
     * Why a socket to {@code address} must not open, or null when it may.
     *
     * @param address  the resolved address
     * @param hostName the name it was reached by, or null; an allowed name allows its address
     * @param port     the remote port, for the message
     */
    public String refusal(InetAddress address, String hostName, int port) {
        if (isLoopback(address) || address.isAnyLocalAddress() || allows(address, hostName)) {
            return null;
        }
        return message(address.getHostAddress(), port, kind(address));
    }

    /** Why a socket to the host named {@code host} (a name or an address literal) must not open, or null. */
    public String refusal(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress literal = literal(bare);
        if (literal != null) {
            return refusal(literal, null, port);
        }
        String name = bare.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || allows(null, name)) {
            return null;
        }
        return message(bare, port, "a host name, not looked up");
    }

    private boolean isLoopback(InetAddress address) {
        return address.isLoopbackAddress() && !outside.contains(address);
    }

    private boolean allows(InetAddress address, String hostName) {
        for (Entry entry : entries) {
            if (entry.matches(address, hostName)) {
                return true;
            }
        }
        return false;
    }

    private static String message(String host, int port, String kind) {
        String target = host.contains(":") ? "[" + host + "]" : host;
        return "Lambda Harness refused a connection from function code to " + target + (port > 0 ? ":" + port : "")
                + " (" + kind + "): tests reach the loopback address only. If the test means to reach it, allow it:"
                + " FunctionConfig.builder(...).allowedHosts(\"" + host + "\"), @LambdaTest(allowedHosts = \"" + host
                + "\"), or -D" + ALLOWED_HOSTS_PROPERTY + "=" + host + " for every function.";
    }

    /** What kind of address it is, for the message. */
    static String kind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return "loopback, treated as outside by " + TREATED_AS_OUTSIDE_PROPERTY;
        }
        if (address instanceof Inet4Address && (b[0] & 0xFF) == 169 && (b[1] & 0xFF) == 254) {
            if ((b[2] & 0xFF) == 169 && (b[3] & 0xFF) == 254) {
                return "link-local: the EC2 instance metadata service";
            }
            if ((b[2] & 0xFF) == 100 && (b[3] & 0xFF) == 1) {
                return "link-local: Lambda's X-Ray daemon; the harness hands functions its own in AWS_XRAY_DAEMON_ADDRESS";
            }
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress() || (!(address instanceof Inet4Address) && (b[0] & 0xFE) == 0xFC)) {
            return "private";
        }
        return "public";
    }

    /** The address a literal names, or null when it is a host name (nothing is looked up). */
    static InetAddress literal(String host) {
        boolean ipv4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = host.indexOf(':') >= 0 && host.matches("[0-9A-Fa-f:.%\\w]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(host);
        } catch (UnknownHostException notALiteral) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "AddressPolicy{loopback" + (allowed.isEmpty() ? "" : " and " + allowed)
                + (outside.isEmpty() ? "" : ", outside " + treatedAsOutside()) + "}";
    }

    /** One allow-list entry. */
    private record Entry(String name, String suffix, InetAddress network, int prefixLength, boolean everything) {

        static Entry parse(String text) {
            Objects.requireNonNull(text, "allowed host");
            String entry = text.strip();
            if (entry.equals("*")) {
                return new Entry(null, null, null, 0, true);
            }
            if (entry.startsWith("*.") && entry.length() > 2 && isName(entry.substring(2))) {
                return new Entry(null, entry.substring(1).toLowerCase(Locale.ROOT), null, 0, false);
            }
            int slash = entry.indexOf('/');
            String addressPart = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress address = literal(addressPart.startsWith("[") && addressPart.endsWith("]")
                    ? addressPart.substring(1, addressPart.length() - 1) : addressPart);
            if (address != null) {
                int bits = address.getAddress().length * 8;
                int prefix = bits;
                if (slash >= 0) {
                    try {
                        prefix = Integer.parseInt(entry.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        prefix = -1;
                    }
                    if (prefix < 0 || prefix > bits) {
                        throw invalid(text);
                    }
                }
                return new Entry(null, null, address, prefix, false);
            }
            if (slash < 0 && isName(entry)) {
                return new Entry(entry.toLowerCase(Locale.ROOT), null, null, 0, false);
            }
            throw invalid(text);
        }

        private static boolean isName(String name) {
            return name.matches("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
        }

        private static IllegalArgumentException invalid(String text) {
            return new IllegalArgumentException("allowedHosts entry '" + text + "' is no host, domain, address or CIDR"
                    + " block. Name a host (db.internal), a domain (*.example.com), an address (10.0.0.7), a CIDR block"
                    + " (10.0.0.0/8) or *.");
        }

        boolean matches(InetAddress address, String hostName) {
            if (everything) {
                return true;
            }
            if (hostName != null) {
                String host = hostName.toLowerCase(Locale.ROOT);
                if (host.equals(name) || (suffix != null && host.endsWith(suffix))) {
                    return true;
                }
            }
            return network != null && address != null && inNetwork(address);
        }

        private boolean inNetwork(InetAddress address) {
            byte[] a = address.getAddress();
            byte[] n = network.getAddress();
            if (a.length != n.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != n[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            int mask = rest == 0 ? 0 : (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (a[full] & mask) == (n[full] & mask);
        }
    }
}
