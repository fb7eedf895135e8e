package dev.lambdaharness.core.internal.policy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvalidConfigurationException;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.JavaRuntime;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.PlatformLog;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.forked.ForkedOptions;
import dev.lambdaharness.core.internal.forked.RuntimeClients;
import dev.lambdaharness.core.internal.forked.RuntimeJavaHomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Decides whether and how a function can run on this machine: it refuses what cannot run here
 * (forked isolation on Windows, a Java runtime newer than the JVM that would run it, the RIC where
 * it cannot run, settings that would change results), and lists what the runtime should warn about.
 * It also decides which Java a function runs on: in-process, the test JVM's; forked, the JDK
 * {@link RuntimeJavaHomes} finds for the declared runtime. When that Java is not the runtime's, the
 * function still runs (on a newer Java) with a warning, and {@code INIT_START} says which Java ran;
 * in strict mode the mismatch is refused. The OS, the JVM's version and the forked JDK's choice are
 * fields, so each rule can be tested for any machine.
 *
 * <pre>{@code
 * PlacementPolicy policy = PlacementPolicy.forThisJvm(forkedOptions, false);
 * Placement placement = policy.place(config, code, Isolation.FORKED, false);
 * }</pre>
 */
public final class PlacementPolicy {

    /** The variable a JVM reads its extra options from at start: Lambda's supported way to add agents and flags. */
    private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    private final ForkedOptions forkedOptions;
    private final String osName;
    private final int jvmFeature;
    private final Function<JavaRuntime, JavaHome> forkedJdk;
    private final boolean strict;

    /**
     * A policy for a machine.
     *
     * @param forkedOptions the runtime's settings for forked environments
     * @param osName        the {@code os.name} of the test JVM
     * @param jvmFeature    the Java feature version of the test JVM
     */
    public PlacementPolicy(ForkedOptions forkedOptions, String osName, int jvmFeature) {
        this(forkedOptions, osName, jvmFeature, RuntimeJavaHomes::forRuntime, false);
    }

    /**
     * A policy for a machine, its forked JDKs chosen by {@code forkedJdk}.
     *
     * @param forkedJdk the JDK a runtime's forked environments run on ({@link RuntimeJavaHomes#forRuntime} here)
     * @param strict    whether a function whose Java would not be its runtime's is refused rather than warned about
     */
    public PlacementPolicy(ForkedOptions forkedOptions, String osName, int jvmFeature,
            Function<JavaRuntime, JavaHome> forkedJdk, boolean strict) {
        this.forkedOptions = forkedOptions;
        this.osName = osName;
        this.jvmFeature = jvmFeature;
        this.forkedJdk = forkedJdk;
        this.strict = strict;
    }

    /** A policy for the JVM this runs in. */
    public static PlacementPolicy forThisJvm(ForkedOptions forkedOptions, boolean strict) {
        return new PlacementPolicy(forkedOptions, System.getProperty("os.name", ""), Runtime.version().feature(),
                RuntimeJavaHomes::forRuntime, strict);
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
        List<String> warnings = new ArrayList<>();
        if (forked) {
            JavaHome jdk = forkedJdk.apply(config.runtime());
            checkJavaVersion(config.runtime(), jdk.featureVersion(), jdk.home().toString(), warnings);
            RuntimeClients.resolve(forkedOptions.runtimeClient(), jdk);
        } else {
            checkJavaVersion(config.runtime(), jvmFeature, null, warnings);
        }
        if (changesResults) {
            throw new InvalidConfigurationException("configuration", config.settingsNotEmulated().toString(), null,
                    "Lambda Harness cannot emulate yet: " + String.join("; ", config.settingsNotEmulated())
                            + ". Remove these settings for the test.");
        }
        warnings.addAll(warnings(config, code, isolation));
        return new Placement(isolation, forked && forkedOptions.spares() != SpareEnvironments.NONE, warnings);
    }

    /**
     * Refuses a Java older than the runtime's (and, in strict mode, any other), and warns about a newer one.
     *
     * @param forkedJdkHome the forked JDK's folder; null for in-process isolation, which runs on the test JVM
     */
    private void checkJavaVersion(JavaRuntime declared, int runsOn, String forkedJdkHome, List<String> warnings) {
        boolean forked = forkedJdkHome != null;
        String id = declared.id();
        int wanted = declared.featureVersion();
        if (runsOn < wanted) {
            throw new InvalidConfigurationException("runtime", id, null, "runtime " + id + " needs Java " + wanted
                    + ", but this test JVM is Java " + jvmFeature + ": " + (forked
                    ? "forked environments run on a JDK " + wanted + " when one is found, and none was (looked at "
                            + RuntimeJavaHomes.searched(declared) + "). Set -D" + RuntimeJavaHomes.property(declared)
                            + " (or " + RuntimeJavaHomes.variable(declared) + ") to a JDK " + wanted
                            + ", run the tests on one,"
                    : "in-process isolation runs the function on the test JVM. Run the tests on JDK " + wanted
                            + ", use Isolation.FORKED with a JDK " + wanted + " installed or configured for the runtime,")
                    + " or declare a runtime up to java" + jvmFeature + ".");
        }
        if (runsOn == wanted) {
            return;
        }
        String ran = (forked ? "Functions declaring runtime " + id + " run forked on Java " + runsOn + " ("
                + forkedJdkHome + "): no JDK " + wanted + " was found (looked at " + RuntimeJavaHomes.searched(declared)
                + ")." : "Functions declaring runtime " + id + " run in-process on the test JVM, Java " + runsOn
                + ", not on Java " + wanted + " as on Lambda.");
        String fixes = forked
                ? " Set -D" + RuntimeJavaHomes.property(declared) + " (or " + RuntimeJavaHomes.variable(declared)
                        + ") to a JDK " + wanted + ", or run the tests on one"
                : " Run the tests on a JDK " + wanted + ", or use Isolation.FORKED, which starts a JDK " + wanted
                        + " when one is installed or set with -D" + RuntimeJavaHomes.property(declared);
        if (strict) {
            throw new InvalidConfigurationException("runtime", id, null, ran + fixes + "; or turn strict runtime"
                    + " checking off (" + LambdaRuntime.STRICT_RUNTIME_PROPERTY + "=false) to run it on Java " + runsOn + ".");
        }
        warnings.add(ran + " Their INIT_START runtime version ends in " + PlatformLog.javaSuffix(runsOn)
                + "; AWS_EXECUTION_ENV still says "
                + declared.executionEnvironment() + "." + fixes + ". Set " + LambdaRuntime.STRICT_RUNTIME_PROPERTY + "=true to refuse"
                + " such a mismatch.");
    }

    private List<String> warnings(FunctionConfig config, FunctionCode code, Isolation isolation) {
        List<String> warnings = new ArrayList<>();
        for (String warning : config.settingsNotEmulated()) {
            warnings.add("Function " + config.functionName() + ": " + warning);
        }
        if (!code.excluded().isEmpty()) {
            // One line, however long the class path: what the code is and how to make it exact.
            warnings.add("Function " + config.functionName() + " runs on the test class path less "
                    + code.excluded().size() + " entries of test classes, test tools and Lambda Harness"
                    + " (FunctionCode.excluded() lists them); for its exact code, run the Maven plugin's"
                    + " lambda-harness:prepare goal or set -D" + FunctionCode.FUNCTION_CODE_PROPERTY
                    + "=<file of its class path>.");
        }
        String toolOptions = config.environment().get(JAVA_TOOL_OPTIONS);
        if (toolOptions != null && isolation == Isolation.IN_PROCESS) {
            warnings.add("Function " + config.functionName() + " sets " + JAVA_TOOL_OPTIONS + "=" + toolOptions
                    + ", which in-process isolation cannot apply: the function runs in the test JVM, started"
                    + " without it, so its agents and JVM flags take no effect. Deploy it with Isolation.FORKED,"
                    + " whose JVM reads it as Lambda's does.");
        }
        if (forkedOptions.privateTmp() && isolation == Isolation.IN_PROCESS) {
            warnings.add("Function " + config.functionName() + " runs in-process, where /tmp is the"
                    + " test JVM's: privateTmp gives a /tmp of their own to forked environments only.");
        }
        return warnings;
    }
}
