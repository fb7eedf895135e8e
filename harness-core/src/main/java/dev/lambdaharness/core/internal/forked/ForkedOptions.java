package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.internal.Debugging;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import dev.lambdaharness.core.internal.xray.XRayDaemonSink;
import java.util.Objects;
import java.util.Optional;

/**
 * The harness's own settings for forked environments (none of them a Lambda setting), as a
 * {@code LambdaRuntime} was built with them.
 *
 * <pre>{@code
 * new ForkedEnvironment("1", config, code, clock, TimeLimits.LAMBDA, new ForkedOptions(true, Debugging.OFF));
 * }</pre>
 *
 * @param privateTmp    whether each child gets a {@code /tmp} of its own ({@link PrivateTmp})
 * @param debugging     whether children listen for a debugger, and time limits go unenforced
 * @param runtimeClient the runtime client children run ({@link RuntimeClients})
 * @param spares        whether functions keep a spare environment ({@link ForkedSpares})
 * @param runtimeSet    the runtime set children run on; empty for {@link RuntimeSet#forForked()}
 * @param xrayDaemon    the {@code host:port} children are handed as their X-Ray daemon: the runtime's loopback sink
 * @param cpuShare      whether each child is held to the share of a CPU its memory size gets on Lambda ({@link dev.lambdaharness.core.internal.child.CpuShare})
 */
public record ForkedOptions(boolean privateTmp, Debugging debugging, RuntimeClient runtimeClient, SpareEnvironments spares,
                            Optional<RuntimeSet> runtimeSet, String xrayDaemon, boolean cpuShare) {

    /**
     * The defaults: the machine's {@code /tmp}, with a private {@code java.io.tmpdir} per environment; no debugger;
     * the RIC where it can run; no spares.
     */
    public static final ForkedOptions DEFAULTS = new ForkedOptions(false, Debugging.OFF, RuntimeClient.AUTOMATIC,
            SpareEnvironments.NONE);

    /** Checks every setting is there. */
    public ForkedOptions {
        Objects.requireNonNull(debugging, "debugging: pass Debugging.OFF");
        Objects.requireNonNull(runtimeClient, "runtimeClient: pass RuntimeClient.AUTOMATIC");
        Objects.requireNonNull(spares, "spares: pass SpareEnvironments.NONE");
        Objects.requireNonNull(runtimeSet, "runtimeSet: pass Optional.empty()");
        Objects.requireNonNull(xrayDaemon, "xrayDaemon: pass XRayDaemonSink.LAMBDA_DAEMON_ADDRESS");
    }

    /** The options without the CPU share, which only the cold-start suite asks for. */
    public ForkedOptions(boolean privateTmp, Debugging debugging, RuntimeClient runtimeClient, SpareEnvironments spares,
                         Optional<RuntimeSet> runtimeSet, String xrayDaemon) {
        this(privateTmp, debugging, runtimeClient, spares, runtimeSet, xrayDaemon, false);
    }

    /** These settings with Lambda's own X-Ray daemon address, for children no runtime's sink serves. */
    public ForkedOptions(boolean privateTmp, Debugging debugging, RuntimeClient runtimeClient, SpareEnvironments spares,
                         Optional<RuntimeSet> runtimeSet) {
        this(privateTmp, debugging, runtimeClient, spares, runtimeSet, XRayDaemonSink.LAMBDA_DAEMON_ADDRESS);
    }

    /** These settings on the runtime set {@link RuntimeSet#forForked()} chooses. */
    public ForkedOptions(boolean privateTmp, Debugging debugging, RuntimeClient runtimeClient, SpareEnvironments spares) {
        this(privateTmp, debugging, runtimeClient, spares, Optional.empty());
    }

    /** The runtime set children run on: the one these settings name, else the JVM-wide choice. */
    public RuntimeSet chosenRuntimeSet() {
        return runtimeSet.orElseGet(RuntimeSet::forForked);
    }

    /** These settings with the runtime client the system property {@value RuntimeClient#PROPERTY} names, and no spares. */
    public ForkedOptions(boolean privateTmp, Debugging debugging) {
        this(privateTmp, debugging, RuntimeClient.fromSystemProperty(), SpareEnvironments.NONE);
    }

    /** The defaults, with the runtime client the system property {@value RuntimeClient#PROPERTY} names. */
    public static ForkedOptions defaults() {
        return DEFAULTS.withRuntimeClient(RuntimeClient.fromSystemProperty());
    }

    /** These settings with another spare setting. */
    public ForkedOptions withSpares(SpareEnvironments newSpares) {
        return new ForkedOptions(privateTmp, debugging, runtimeClient, newSpares, runtimeSet, xrayDaemon, cpuShare);
    }

    /** These settings on another runtime set. */
    public ForkedOptions withRuntimeSet(RuntimeSet set) {
        return new ForkedOptions(privateTmp, debugging, runtimeClient, spares, Optional.of(set), xrayDaemon, cpuShare);
    }

    /** These settings with children handed {@code address} ({@code host:port}) as their X-Ray daemon. */
    public ForkedOptions withXrayDaemon(String address) {
        return new ForkedOptions(privateTmp, debugging, runtimeClient, spares, runtimeSet, address, cpuShare);
    }

    /** These options with each child held, or not, to the CPU share of its memory size. */
    public ForkedOptions withCpuShare(boolean share) {
        return new ForkedOptions(privateTmp, debugging, runtimeClient, spares, runtimeSet, xrayDaemon, share);
    }

    /** These settings with another runtime client. */
    public ForkedOptions withRuntimeClient(RuntimeClient client) {
        return new ForkedOptions(privateTmp, debugging, client, spares, runtimeSet, xrayDaemon, cpuShare);
    }
}
