package dev.lambdaharness.core.internal.rewrite.probe;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Function code that touches every hooked member, in the forms javac produces for them. Loaded
 * through {@code RewritingClassLoader} it runs rewritten; loaded by the test class path it is the
 * original, for comparisons.
 */
public final class EnvironmentProbe implements InterfaceProbe {

    @Override
    public Map<String, String> getenv() {
        return System.getenv();
    }

    @Override
    public String getenv(String name) {
        return System.getenv(name);
    }

    @Override
    public String getenvViaMethodReference(String name) {
        Function<String, String> lookup = System::getenv;
        return lookup.apply(name);
    }

    @Override
    public Map<String, String> getenvViaSupplierReference() {
        Supplier<Map<String, String>> environment = System::getenv;
        return environment.get();
    }

    @Override
    public String getenvInLambda(String name) {
        Supplier<String> lookup = () -> System.getenv(name);
        return lookup.get();
    }

    @Override
    public String getenvOnPoolThread(String name) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return pool.submit(() -> System.getenv(name)).get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String getenvViaSerializableMethodReference(String name) {
        Function<String, String> lookup = (Function<String, String> & Serializable) System::getenv;
        return lookup.apply(name);
    }

    @Override
    public void printOut(String line) {
        System.out.println(line);
    }

    @Override
    public void printErr(String line) {
        System.err.println(line);
    }

    @Override
    public void printOutViaMethodReference(String line) {
        Consumer<String> printer = System.out::println;
        printer.accept(line);
    }

    @Override
    public PrintStream capturedOut() {
        PrintStream out = System.out;
        return out;
    }

    @Override
    public void setOut(PrintStream stream) {
        System.setOut(stream);
    }

    @Override
    public void setErr(PrintStream stream) {
        System.setErr(stream);
    }

    @Override
    public void systemExit(int status) {
        System.exit(status);
    }

    @Override
    public void runtimeExit(int status) {
        Runtime.getRuntime().exit(status);
    }

    @Override
    public void runtimeHalt(int status) {
        Runtime.getRuntime().halt(status);
    }

    @Override
    public void exitViaMethodReference(int status) {
        IntConsumer exit = System::exit;
        exit.accept(status);
    }

    @Override
    public void haltViaBoundMethodReference(int status) {
        IntConsumer halt = Runtime.getRuntime()::halt;
        halt.accept(status);
    }

    @Override
    public String getProperty(String key) {
        return System.getProperty(key);
    }

    @Override
    public String getProperty(String key, String defaultValue) {
        return System.getProperty(key, defaultValue);
    }

    @Override
    public String setProperty(String key, String value) {
        return System.setProperty(key, value);
    }

    @Override
    public String clearProperty(String key) {
        return System.clearProperty(key);
    }

    @Override
    public String getPropertyViaMethodReference(String key) {
        UnaryOperator<String> lookup = System::getProperty;
        return lookup.apply(key);
    }

    @Override
    public void throwAfterHookedCalls(String name) {
        String value = System.getenv(name);
        PrintStream out = System.out;
        throw new IllegalStateException(value + " " + (out != null));
    }

    @Override
    public String getenvOfNull() {
        String name = null;
        return System.getenv(name);
    }
}
