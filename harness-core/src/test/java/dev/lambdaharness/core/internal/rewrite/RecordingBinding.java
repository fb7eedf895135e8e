package dev.lambdaharness.core.internal.rewrite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.lambdaharness.core.internal.network.AddressPolicy;
import dev.lambdaharness.core.internal.hooks.EnvironmentBinding;
import dev.lambdaharness.core.internal.hooks.EnvironmentExit;
import dev.lambdaharness.core.internal.hooks.EphemeralStorage;
import dev.lambdaharness.core.internal.hooks.OwnProperties;

/** An environment for tests: a fixed variable map, captured streams, a list of exits asked for, and an optional storage. */
final class RecordingBinding implements EnvironmentBinding {

    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final List<EnvironmentExit> exits = new CopyOnWriteArrayList<>();
    private final Map<String, String> environment;
    private volatile PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private volatile PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private volatile String traceHeader;
    final OwnProperties ownProperties = new OwnProperties(Map.of("java.net.preferIPv4Stack", "true"));
    private volatile AddressPolicy addressPolicy = AddressPolicy.loopbackOnly();

    RecordingBinding(Map<String, String> environment, String traceHeader) {
        this.environment = Map.copyOf(environment);
        this.traceHeader = traceHeader;
    }

    /** Makes {@code policy} the one rewritten socket call sites are held to. */
    void addressPolicy(AddressPolicy policy) {
        this.addressPolicy = policy;
    }

    @Override
    public AddressPolicy addressPolicy() {
        return addressPolicy;
    }

    String outText() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String errText() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** What writes under /tmp count against; none unless a test sets one. */
    volatile EphemeralStorage storage;

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
        out = stream;
    }

    @Override
    public void setErr(PrintStream stream) {
        err = stream;
    }

    @Override
    public String traceHeader() {
        return traceHeader;
    }

    @Override
    public void setTraceHeader(String value) {
        traceHeader = value;
    }

    @Override
    public OwnProperties ownProperties() {
        return ownProperties;
    }

    @Override
    public EnvironmentExit exit(int status, String how) {
        EnvironmentExit exit = new EnvironmentExit(status, how);
        exits.add(exit);
        return exit;
    }

    final java.util.List<Thread> shutdownHooks = new java.util.ArrayList<>();

    @Override
    public void addShutdownHook(Thread hook) {
        shutdownHooks.add(hook);
    }

    @Override
    public boolean removeShutdownHook(Thread hook) {
        return shutdownHooks.remove(hook);
    }
}
