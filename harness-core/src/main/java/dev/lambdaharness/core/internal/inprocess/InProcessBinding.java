package dev.lambdaharness.core.internal.inprocess;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.lambdaharness.core.internal.RuntimeSystemProperties;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import dev.lambdaharness.core.internal.hooks.EnvironmentBinding;
import dev.lambdaharness.core.internal.hooks.EphemeralStorage;
import dev.lambdaharness.core.internal.hooks.EnvironmentExit;
import dev.lambdaharness.core.internal.hooks.OwnProperties;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the rewritten call sites of one in-process environment's classes reach: its environment
 * variables, its standard streams, its trace header and the system properties Lambda's runtime
 * starts with, its runtime logger, the record of an exit, the ephemeral storage its writes
 * under {@code /tmp} count against, and the addresses its sockets may reach.
 */
final class InProcessBinding implements EnvironmentBinding {

    private final Map<String, String> environment;
    private final LambdaLogger runtimeLogger;
    private final OwnProperties ownProperties = new OwnProperties(RuntimeSystemProperties.atHandlerLoad());
    private volatile PrintStream out;
    private volatile PrintStream err;
    private volatile String traceHeader;
    private volatile Integer exitStatus;
    private final Set<Thread> shutdownHooks = new LinkedHashSet<>();
    private final FunctionProcesses processes = new FunctionProcesses();
    private final EphemeralStorage storage;
    private final AddressPolicy addressPolicy;

    InProcessBinding(Map<String, String> environment, InvocationLog log, LambdaLogger runtimeLogger,
            EphemeralStorage storage, AddressPolicy addressPolicy) {
        this.storage = storage;
        this.addressPolicy = addressPolicy;
        // Map.copyOf refuses get(null) with a NullPointerException, as the JVM's environment map does.
        this.environment = Map.copyOf(environment);
        this.runtimeLogger = runtimeLogger;
        this.out = StandardStreams.streamFor(log, false);
        this.err = StandardStreams.streamFor(log, true);
    }

    @Override
    public EphemeralStorage ephemeralStorage() {
        return storage;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public void setOut(PrintStream stream) {
        this.out = stream;
    }

    @Override
    public void setErr(PrintStream stream) {
        this.err = stream;
    }

    @Override
    public String traceHeader() {
        return traceHeader;
    }

    @Override
    public void setTraceHeader(String value) {
        this.traceHeader = value;
    }

    @Override
    public OwnProperties ownProperties() {
        return ownProperties;
    }

    @Override
    public LambdaLogger runtimeLogger() {
        return runtimeLogger;
    }

    @Override
    public EnvironmentExit exit(int status, String how) {
        synchronized (this) {
            if (exitStatus == null) {
                exitStatus = status;
            }
        }
        return new EnvironmentExit(status, how);
    }

    @Override
    public synchronized void addShutdownHook(Thread hook) {
        // The JDK's own refusal, so code that handles it behaves the same.
        if (!shutdownHooks.add(hook)) {
            throw new IllegalArgumentException("Hook previously registered");
        }
    }

    @Override
    public synchronized boolean removeShutdownHook(Thread hook) {
        return shutdownHooks.remove(hook);
    }

    @Override
    public void processStarted(Process process) {
        processes.add(process);
    }

    @Override
    public AddressPolicy addressPolicy() {
        return addressPolicy;
    }

    /** Kills the processes the function started that still run, and theirs. */
    void endProcesses() {
        processes.killAll();
    }

    /** Forgets the function's shutdown hooks; Lambda runs none without an extension. */
    synchronized void dropShutdownHooks() {
        shutdownHooks.clear();
    }

    /** The status of the first exit the function asked for, or {@code null} while it has not. */
    Integer exitStatus() {
        return exitStatus;
    }
}
