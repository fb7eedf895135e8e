package dev.lambdaharness.junit.internal;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import dev.lambdaharness.junit.InvocationHistory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The invocations of one test, kept in the test's store and fed by the runtimes it uses. */
@SuppressWarnings("deprecation") // Store.CloseableResource: JUnit 5.x before 5.13 closes only those.
final class TestInvocations implements InvocationHistory, AutoCloseable,
        org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource {

    /** One invocation and the function it was made on. */
    record Entry(String function, InvocationResult result) {
    }

    private final List<String> functions;
    private final List<Entry> entries;
    private final Predicate<Entry> filter;
    private final List<Runnable> onClose = new CopyOnWriteArrayList<>();

    /** A history of a test whose functions have these names. */
    TestInvocations(List<String> functions) {
        this(functions, new CopyOnWriteArrayList<>(), entry -> true);
    }

    private TestInvocations(List<String> functions, List<Entry> entries, Predicate<Entry> filter) {
        this.functions = functions;
        this.entries = entries;
        this.filter = filter;
    }

    void record(String function, InvocationResult result) {
        entries.add(new Entry(function, result));
    }

    /** The entries recorded so far, for the failure output. */
    List<Entry> entries() {
        return entries.stream().filter(filter).collect(Collectors.toList());
    }

    void onClose(Runnable action) {
        onClose.add(action);
    }

    @Override
    public List<InvocationResult> results() {
        return entries().stream().map(Entry::result).collect(Collectors.toList());
    }

    @Override
    public Optional<InvocationResult> last() {
        List<InvocationResult> results = results();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1));
    }

    @Override
    public List<LogEvent> logs() {
        return results().stream().flatMap(r -> r.logs().stream()).collect(Collectors.toList());
    }

    @Override
    public String logText() {
        return logs().stream().map(LogEvent::message).collect(Collectors.joining("\n"));
    }

    @Override
    public InvocationHistory of(String functionName) {
        if (!functions.contains(functionName)) {
            throw new IllegalArgumentException("No function of this test is named '" + functionName + "'; its"
                    + " functions are " + functions + ". Use one of those names.");
        }
        return new TestInvocations(functions, entries, filter.and(entry -> entry.function().equals(functionName)));
    }

    /** Stops hearing invocations. Idempotent. */
    @Override
    public void close() {
        onClose.forEach(Runnable::run);
        onClose.clear();
    }

    @Override
    public String toString() {
        return "InvocationHistory" + results();
    }
}
