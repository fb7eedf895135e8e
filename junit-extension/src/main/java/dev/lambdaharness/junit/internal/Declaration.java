package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.RemoteConfig;
import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.junit.RuntimeScope;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a test class declares with {@code @LambdaTest}: its functions, the scope of their runtime
 * and the suite's timeout scale and strictness about the Java a function runs on.
 *
 * @param owner the class that declares the functions
 * @param functions the functions, in declaration order, names unique
 * @param scope how long their runtime lives
 * @param timeoutScale the factor enforced time limits are stretched by
 * @param debugPort the JDWP port of the runtime, 0 for none
 * @param strictRuntime whether a function whose Java is not its runtime's is refused
 * @param suiteIsolation the suite's isolation, which functions deployed by hand into the runtime take
 * @param accountConcurrency the account's concurrency limit of the runtime, 0 for Lambda's default
 * @param duplicateAsyncEvents whether the runtime delivers every asynchronous event twice
 * @param invokeApi whether the runtime serves its functions on the Invoke API
 * @param spares what the suite's spare environments run ahead for the runtime's forked functions
 * @param remote where the runtime's remote functions are
 */
record Declaration(Class<?> owner, List<FunctionSpec> functions, RuntimeScope scope, double timeoutScale, int debugPort,
        boolean strictRuntime, Isolation suiteIsolation, int accountConcurrency, boolean duplicateAsyncEvents,
        boolean invokeApi, SpareEnvironments spares, RemoteConfig remote) {

    /** Whether the runtime may fork: a function is forked, or functions deployed by hand are. */
    boolean forks() {
        return suiteIsolation == Isolation.FORKED || functions.stream().anyMatch(f -> f.isolation() == Isolation.FORKED);
    }

    Optional<FunctionSpec> function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names for a message: {@code 'create', 'ship'}. */
    String names() {
        return functions.stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(", "));
    }

    Declaration withFunctions(List<FunctionSpec> changed) {
        return new Declaration(owner, List.copyOf(changed), scope, timeoutScale, debugPort, strictRuntime, suiteIsolation,
                accountConcurrency, duplicateAsyncEvents, invokeApi, spares, remote);
    }
}
