package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.core.LambdaRuntime;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.SparePool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A runtime with a declaration's functions deployed, owned by the JUnit store of the context it
 * lives as long as: the store closes it when that context ends. It tells the histories of the
 * tests running on it about each invocation.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: JUnit 5.x before 5.13 closes only those.
final class ManagedRuntime implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final Declaration declaration;
    private final LambdaRuntime runtime;
    private final Map<String, LambdaFunction> functions = new LinkedHashMap<>();
    private final Set<TestInvocations> listening = new CopyOnWriteArraySet<>();

    /**
     * @param testInstance the test instance an instance {@code configure} method is called on, null
     *     for a runtime that outlives one
     * @param spares the test run's spare environments for forked functions, if they have any
     */
    ManagedRuntime(Declaration declaration, Object testInstance, Optional<SparePool> spares) {
        this.declaration = declaration;
        // A virtual clock keeps real time until a test moves it: every test can take it as a parameter.
        LambdaRuntime.Builder builder = LambdaRuntime.builder()
                .clock(RuntimeClock.virtual())
                .defaultIsolation(declaration.suiteIsolation())
                .timeoutScale(declaration.timeoutScale())
                .strictRuntime(declaration.strictRuntime())
                .remote(declaration.remote())
                .invocationListener(this::heard);
        if (declaration.debugPort() != 0) {
            builder.debugPort(declaration.debugPort());
        }
        account(builder, declaration);
        spares.ifPresent(builder::sparePool);
        this.runtime = builder.build();
        for (FunctionSpec function : declaration.functions()) {
            functions.put(function.name(), deploy(runtime, function.runTime().apply(function.config(), testInstance),
                    function));
        }
        // A template's queues, streams and tables, with the mappings that invoke its functions, as the stack would have them.
        for (FunctionSpec function : declaration.functions()) {
            if (functions.get(function.name()).remote()) {
                continue; // the deployed stack maps its own sources
            }
            function.template().ifPresent(source -> runtime.mapEventSources(source.template(), source.logicalId(),
                    functions.get(function.name())));
        }
    }

    /**
     * Deploys a function; with provisioned concurrency, which Lambda puts on published versions only,
     * publishes version 1, allocates it there and gives that version's handle.
     */
    static LambdaFunction deploy(LambdaRuntime runtime, FunctionConfig config, FunctionSpec function) {
        // Provisioned concurrency and a template's AutoPublishAlias need a published version: publish does it as SAM does.
        return runtime.publish(config, function.code(), function.isolation());
    }

    /** Sets the account's concurrency limit a declaration names, if it names one. */
    static void account(LambdaRuntime.Builder builder, Declaration declaration) {
        if (declaration.accountConcurrency() != 0) {
            builder.accountConcurrency(declaration.accountConcurrency());
        }
        if (declaration.duplicateAsyncEvents()) {
            builder.duplicateAsyncEvents(1.0);
        }
        builder.invokeApi(declaration.invokeApi());
    }

    Declaration declaration() {
        return declaration;
    }

    LambdaRuntime runtime() {
        return runtime;
    }

    LambdaFunction function(String name) {
        return functions.get(name);
    }

    /** Lets a test's history hear this runtime's invocations until the test ends. */
    void listen(TestInvocations history) {
        listening.add(history);
        history.onClose(() -> listening.remove(history));
    }

    private void heard(LambdaFunction function, InvocationResult result) {
        for (TestInvocations history : listening) {
            history.record(function.config().functionName(), result);
        }
    }

    /** Shuts every environment down. Idempotent, as both of JUnit's closing paths may call it. */
    @Override
    public void close() {
        listening.clear();
        runtime.close();
    }
}
