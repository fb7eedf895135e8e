package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.internal.child.JavaHome;
import java.util.Locale;
import java.util.Set;

/**
 * Which runtime client a forked child runs: what was asked for, resolved against the child's JDK.
 * The RIC needs its native client, which ships for Linux on x86_64 and aarch64 (glibc and musl).
 *
 * <pre>{@code
 * RuntimeClient client = RuntimeClients.resolve(RuntimeClient.AUTOMATIC, javaHome); // RIC or HARNESS
 * }</pre>
 */
public final class RuntimeClients {

    private static final Set<String> RIC_CPUS = Set.of("x86_64", "amd64", "aarch64", "arm64");

    private RuntimeClients() {
    }

    /** Whether the RIC's native client exists for the JDK's OS and CPU. */
    public static boolean ricRunsOn(JavaHome javaHome) {
        return javaHome.isLinux() && RIC_CPUS.contains(javaHome.osArch().toLowerCase(Locale.ROOT));
    }

    /**
     * {@link RuntimeClient#RIC} or {@link RuntimeClient#HARNESS}.
     *
     * @throws InvalidConfigurationException when the RIC is asked for where it cannot run
     */
    public static RuntimeClient resolve(RuntimeClient requested, JavaHome javaHome) {
        boolean ric = ricRunsOn(javaHome);
        switch (requested) {
            case RIC:
                if (!ric) {
                    throw new InvalidConfigurationException("runtimeClient", "RIC", null, "RuntimeClient.RIC runs the AWS"
                            + " runtime interface client, whose native client exists for Linux on x86_64 and aarch64 only, and "
                            + javaHome.home() + " is a " + javaHome.osName() + " " + javaHome.osArch() + " JDK. Use"
                            + " RuntimeClient.AUTOMATIC or HARNESS (the harness's own client) here.");
                }
                return RuntimeClient.RIC;
            case HARNESS:
                return RuntimeClient.HARNESS;
            case AUTOMATIC:
            default:
                return ric ? RuntimeClient.RIC : RuntimeClient.HARNESS;
        }
    }

    /** The suffix the {@code INIT_START} runtime version carries for the client: none for the RIC. */
    public static String runtimeVersionSuffix(RuntimeClient resolved) {
        return resolved == RuntimeClient.HARNESS ? "-harness-client" : "";
    }
}
