package dev.lambdaharness.junit;

import dev.lambdaharness.core.InvocationResult;
import dev.lambdaharness.core.LogEvent;
import java.util.List;
import java.util.Optional;

/**
 * The invocations made during the current test, in the order they completed, whoever made them:
 * the test method, its {@code @BeforeEach} methods, or code under test that holds the function.
 * A live view: it grows as the test invokes.
 *
 * <pre>{@code
 * @Test
 * void logsTheOrder(LambdaFunction function, InvocationHistory history) {
 *     function.invoke("{\"sku\":\"A-1\"}");
 *     assertThat(history.logText()).contains("storing order");
 * }
 * }</pre>
 *
 * <p>Qualified with {@link Function @Function}, it holds that function's invocations only. Under
 * {@link RuntimeScope#CLASS} with tests running concurrently, it holds every invocation of the shared
 * runtime made while the test ran, which may include a neighbour's. Each function's environments
 * are in {@code LambdaFunction.environments()}.
 */
public interface InvocationHistory {

    /** The results, oldest first. */
    List<InvocationResult> results();

    /** The last result. */
    Optional<InvocationResult> last();

    /** The log events of every invocation, in order, platform lines included. */
    List<LogEvent> logs();

    /** The log events as CloudWatch shows them, one per line. */
    String logText();

    /**
     * This history narrowed to one function, by name.
     *
     * @throws IllegalArgumentException when no function of the test has that name, naming those that do
     */
    InvocationHistory of(String functionName);
}
