package dev.lambdaharness.core.internal.hooks;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import dev.lambdaharness.core.internal.network.AddressPolicy;
import java.io.PrintStream;
import java.util.Map;

/**
 * What one execution environment provides to its function's rewritten call sites: the process
 * state that Lambda gives each sandbox of its own (environment variables, standard streams, the
 * right to end the process, the X-Ray trace header property that the runtime sets before each
 * invocation, and the runtime's logger).
 *
 * <p>Implementations must be safe to call from any thread: a function may read its environment
 * from its own thread pools while an invocation runs.
 */
public interface EnvironmentBinding {

    /**
     * What {@code System.getenv()} returns to this environment's function: an unmodifiable map.
     * {@code System.getenv(name)} reads from the same map.
     */
    Map<String, String> environment();

    /** What {@code System.out} is for this environment. */
    PrintStream out();

    /** What {@code System.err} is for this environment. */
    PrintStream err();

    /** Called for {@code System.setOut} in function code; later reads of {@code System.out} see {@code stream}. */
    void setOut(PrintStream stream);

    /** Called for {@code System.setErr} in function code; later reads of {@code System.err} see {@code stream}. */
    void setErr(PrintStream stream);

    /**
     * The value of the system property {@value EnvironmentHooks#TRACE_HEADER_PROPERTY} for this
     * environment, or null when it is not set (no trace id for the current invocation).
     */
    String traceHeader();

    /**
     * Called for {@code System.setProperty} (non-null {@code value}) and {@code System.clearProperty}
     * (null) on {@value EnvironmentHooks#TRACE_HEADER_PROPERTY} in function code.
     */
    void setTraceHeader(String value);

    /**
     * Records that the function asked to end its process. On Lambda that ends the runtime and the
     * service answers {@code Runtime.ExitError}; here it ends only this environment.
     *
     * @param status the exit status the function passed
     * @param how    {@code "System.exit"}, {@code "Runtime.exit"} or {@code "Runtime.halt"}
     * @return the error the hook throws, so that the call never returns to the function
     */
    EnvironmentExit exit(int status, String how);

    /**
     * Registers a shutdown hook of the function. Lambda runs a runtime's shutdown hooks only when an
     * extension is registered, so an environment keeps them to itself instead of the JVM's list,
     * where they would outlive it.
     */
    void addShutdownHook(Thread hook);

    /** Removes a shutdown hook the function registered; whether it was registered. */
    boolean removeShutdownHook(Thread hook);

    /**
     * The system properties this environment's function reads and changes instead of the test
     * JVM's: those Lambda's runtime has at start that the test JVM may not. None by default.
     */
    default OwnProperties ownProperties() {
        return OwnProperties.NONE;
    }

    /**
     * What {@code LambdaRuntime.getLogger()} returns to this environment's function: the logger its
     * {@code Context.getLogger()} returns. Without one of its own, the shared static logger.
     */
    default LambdaLogger runtimeLogger() {
        return LambdaRuntime.getLogger();
    }

    /**
     * Records a process the function started ({@code ProcessBuilder.start}, {@code Runtime.exec}),
     * so that it ends with the environment, as the sandbox takes it down on Lambda.
     */
    default void processStarted(Process process) {
    }

    /**
     * The ephemeral storage that writes under {@code /tmp} and {@code java.io.tmpdir} count against,
     * or null when they are not counted.
     */
    default EphemeralStorage ephemeralStorage() {
        return null;
    }

    /**
     * The addresses this environment's function may open sockets to ({@code NetworkHooks}): the
     * loopback address only, unless the function allows more.
     */
    default AddressPolicy addressPolicy() {
        return AddressPolicy.loopbackOnly();
    }
}
