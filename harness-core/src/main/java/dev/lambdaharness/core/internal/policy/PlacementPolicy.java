package dev.lambdaharness.core.internal.policy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import dev.lambdaharness.core.internal.forked.RuntimeClients;
import dev.lambdaharness.core.internal.forked.RuntimeJavaHomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether and how a function can run on this machine: it refuses what cannot run here
 * (forked isolation on Windows, a Java runtime newer than the JVM that would run it, the RIC where
 * it cannot run, settings that would change results), and lists what the runtime should warn about.
 * The OS and the JVM's version are fields, so each rule can be tested for any machine.
 *
 * <pre>{@code
 * PlacementPolicy policy = PlacementPolicy.forThisJvm(forkedOptions);
 * Placement placement = policy.place(config, code, Isolation.FORKED, false);
 * }</pre>
 */
public final class PlacementPolicy {

    private final ForkedOptions forkedOptions;
    private final String osName;
    private final int jvmFeature;

    /**
     * A policy for a machine.
     *
     * @param forkedOptions the runtime's settings for forked environments
     * @param osName        the {@code os.name} of the test JVM
     * @param jvmFeature    the Java feature version of the test JVM
     */
    public PlacementPolicy(ForkedOptions forkedOptions, String osName, int jvmFeature) {
        this.forkedOptions = forkedOptions;
        this.osName = osName;
        this.jvmFeature = jvmFeature;
    }

    /** A policy for the JVM this runs in. */
    public static PlacementPolicy forThisJvm(ForkedOptions forkedOptions) {
        return new PlacementPolicy(forkedOptions, System.getProperty("os.name", ""), Runtime.version().feature());
    }

    /**
     * Where the function runs.
     *
     * @param changesResults whether the configuration holds a setting whose absence would change results
     *     ({@code FunctionConfig} knows which)
     * @throws InvalidConfigurationException when the function cannot run here as configured
     */
    public Placement place(FunctionConfig config, FunctionCode code, Isolation isolation, boolean changesResults) {
        boolean forked = isolation == Isolation.FORKED;
        if (forked && osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            throw new InvalidConfigurationException("isolation", "FORKED", null, "isolation FORKED starts each environment's"
                    + " JVM through a POSIX /bin/sh, which Windows lacks. Use Isolation.IN_PROCESS here (docs/fidelity.md lists"
                    + " what it cannot isolate), or run the tests on Linux or macOS, for example in WSL.");
        }
        checkJavaVersion(config.runtime(), forked);
        if (forked) {
            RuntimeJavaHomes.check(config.runtime());
            RuntimeClients.check(forkedOptions.runtimeClient(), config.runtime());
        }
        if (changesResults) {
            throw new InvalidConfigurationException("configuration", config.settingsNotEmulated().toString(), null,
                    "Lambda Harness cannot emulate yet: " + String.join("; ", config.settingsNotEmulated())
                            + ". Remove these settings for the test.");
        }
        return new Placement(isolation, forked && forkedOptions.spares() != SpareEnvironments.NONE,
                warnings(config, code, isolation));
    }

    private void checkJavaVersion(JavaRuntime declared, boolean forked) {
        boolean ownJdk = forked && RuntimeJavaHomes.configured(declared).isPresent();
        if (declared.featureVersion() <= jvmFeature || ownJdk) {
            return;
        }
        throw new InvalidConfigurationException("runtime", declared.id(), null, "runtime " + declared.id()
                + " needs Java " + declared.featureVersion() + ", but this test JVM is Java " + jvmFeature + ": "
                + (forked
                ? "forked environments run on the test JVM's JDK unless one is configured for the runtime. Set -D"
                        + RuntimeJavaHomes.property(declared) + " (or " + RuntimeJavaHomes.variable(declared)
                        + ") to a JDK " + declared.featureVersion() + ", run the tests on one,"
                : "in-process isolation runs the function on the test JVM. Run the tests on JDK "
                        + declared.featureVersion() + ", use Isolation.FORKED with a JDK configured for the runtime,")
                + " or declare a runtime up to java" + jvmFeature + ".");
    }

    private List<String> warnings(FunctionConfig config, FunctionCode code, Isolation isolation) {
        List<String> warnings = new ArrayList<>();
        for (String warning : config.settingsNotEmulated()) {
            warnings.add("Function " + config.functionName() + ": " + warning);
        }
        if (!code.excluded().isEmpty()) {
            warnings.add("Function " + config.functionName() + " runs without these test"
                    + " class path entries, which are not the function's code: " + code.excluded());
        }
        if (forkedOptions.privateTmp() && isolation == Isolation.IN_PROCESS) {
            warnings.add("Function " + config.functionName() + " runs in-process, where /tmp is the"
                    + " test JVM's: privateTmp gives a /tmp of their own to forked environments only.");
        }
        return warnings;
    }
}
