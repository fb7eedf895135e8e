package dev.lambdaharness.core;

import java.util.Locale;

/**
 * The runtime client a forked environment's child JVM runs: the real AWS runtime interface client
 * (the runtime set's, RIC 2.10.1), whose native HTTP client ships for Linux on x86_64 and aarch64 only, or the
 * harness's own client, which speaks the same Runtime API with the JDK's HTTP client and applies
 * the RIC's rules through the harness's own implementation of them. {@code docs/forked.md} lists
 * what differs between the two. The {@code INIT_START} line of a forked cold start names the one
 * that ran: {@code Runtime Version: java:17.vLH1} for the RIC,
 * {@code java:17.vLH1-harness-client} for the harness's.
 *
 * <p>The default is {@link #AUTOMATIC}, or what the system property {@value #PROPERTY} says
 * ({@code ric}, {@code harness} or {@code auto}), for example {@code -Dlambdaharness.forked.client=harness}
 * to run a build's forked tests through the harness's client on Linux.
 *
 * <pre>{@code
 * try (LambdaRuntime runtime = LambdaRuntime.builder().runtimeClient(RuntimeClient.HARNESS).build()) {
 *     runtime.function(config, code, Isolation.FORKED).invoke("\"world\"");
 * }
 * }</pre>
 */
public enum RuntimeClient {
    /** The RIC where its native client exists for the child JDK's OS and CPU, the harness's client elsewhere. */
    AUTOMATIC,
    /** The real runtime interface client: a child JDK on Linux, x86_64 or aarch64, only. */
    RIC,
    /** The harness's own runtime client, on any OS with a POSIX {@code /bin/sh}. */
    HARNESS;

    /** The system property that chooses the default: {@code ric}, {@code harness} or {@code auto}. */
    public static final String PROPERTY = "lambdaharness.forked.client";

    private static final String USE = " names no runtime client. Use ric (the AWS runtime interface client), harness"
            + " (the harness's own client) or auto.";

    /**
     * The client the system property {@value #PROPERTY} names, {@link #AUTOMATIC} when it is unset.
     *
     * @throws InvalidConfigurationException when it names no client
     */
    public static RuntimeClient fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return AUTOMATIC;
        }
        try {
            return fromId(value);
        } catch (InvalidConfigurationException e) {
            throw new InvalidConfigurationException(PROPERTY, value, null, "-D" + PROPERTY + "=" + value + USE);
        }
    }

    /**
     * The client an id names: {@code ric}, {@code harness}, or {@code auto} (also {@code automatic}),
     * ignoring case and surrounding spaces.
     *
     * <pre>{@code
     * RuntimeClient client = RuntimeClient.fromId("harness");
     * }</pre>
     *
     * @throws InvalidConfigurationException when the id names no client
     */
    public static RuntimeClient fromId(String id) {
        switch (id == null ? "" : id.trim().toLowerCase(Locale.ROOT)) {
            case "auto":
            case "automatic":
                return AUTOMATIC;
            case "ric":
                return RIC;
            case "harness":
                return HARNESS;
            default:
                throw new InvalidConfigurationException("runtimeClient", id, null, "'" + id + "'" + USE);
        }
    }
}
