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

/** An environment for tests: a fixed variable map, captured streams, and a list of exits asked for. */
final class RecordingBinding implements EnvironmentBinding {

    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final List<EnvironmentExit> exits = new CopyOnWriteArrayList<>();
    private final Map<String, String> environment;
    private volatile PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private volatile PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private volatile String traceHeader;
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
