package dev.lambdaharness.core.internal.rewrite;

import java.io.PrintStream;
import java.util.Map;

/**
 * What the probe classes in {@code .probe} do, seen from the tests. This interface is loaded by
 * the test class path, so one copy serves the probes of every {@link RewritingClassLoader}.
 */
public interface Probe {

    Map<String, String> getenv();

    String getenv(String name);

    String getenvViaMethodReference(String name);

    Map<String, String> getenvViaSupplierReference();

    String getenvInLambda(String name);

    String getenvOnPoolThread(String name) throws Exception;

    Map<String, String> getenvFromInterfaceMethodReference();

    String getenvViaSerializableMethodReference(String name);

    void printOut(String line);

    void printErr(String line);

    void printOutViaMethodReference(String line);

    PrintStream capturedOut();

    void setOut(PrintStream stream);

    void setErr(PrintStream stream);

    void systemExit(int status);

    void runtimeExit(int status);

    void runtimeHalt(int status);

    void exitViaMethodReference(int status);

    void haltViaBoundMethodReference(int status);

    String getProperty(String key);

    String getProperty(String key, String defaultValue);

    String setProperty(String key, String value);

    String clearProperty(String key);

    String getPropertyViaMethodReference(String key);

    /** Reads the environment and System.out on separate lines, then throws on a third. */
    void throwAfterHookedCalls(String name);

    /** Calls System.getenv(name) with a null name, which throws inside the call. */
    String getenvOfNull();
}
