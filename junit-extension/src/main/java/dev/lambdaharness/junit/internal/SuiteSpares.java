package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.SpareEnvironments;
import dev.lambdaharness.core.SparePool;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The spare environments of a whole test run: one {@link SparePool} per spare setting, in JUnit's
 * root store, so that a test's forked cold start takes the spare JVM that booted while the tests
 * before it ran, and every spare ends when the run ends (the root store closes the pool).
 *
 * <pre>{@code
 * Optional<SparePool> pool = SuiteSpares.poolFor(testContext, declaration); // empty for in-process classes
 * }</pre>
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: JUnit 5.x before 5.13 closes only those.
final class SuiteSpares implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final SparePool pool;

    private SuiteSpares(SpareEnvironments mode) {
        this.pool = SparePool.create(mode);
    }

    /**
     * The run's pool for a runtime of this declaration; none when it forks nothing, keeps no spares,
     * or debugs (a spare's JVM would wait for the debugger).
     */
    static Optional<SparePool> poolFor(ExtensionContext context, Declaration declaration) {
        if (!declaration.forks() || declaration.spares() == SpareEnvironments.NONE || declaration.debugPort() != 0) {
            return Optional.empty();
        }
        return Optional.of(context.getRoot().getStore(Scopes.NAMESPACE).getOrComputeIfAbsent("spares:" + declaration.spares(),
                key -> new SuiteSpares(declaration.spares()), SuiteSpares.class).pool);
    }

    /** Ends the spares no test took. Idempotent, as both of JUnit's closing paths may call it. */
    @Override
    public void close() {
        pool.close();
    }
}
