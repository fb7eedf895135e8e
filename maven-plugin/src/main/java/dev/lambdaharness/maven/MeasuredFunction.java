package dev.lambdaharness.maven;

/**
 * A function the {@code coldstart} goal measures, as the plugin's configuration declares it. Only the
 * handler is needed; the code is the project's by default.
 *
 * <pre>{@code
 * <functions>
 *   <function>
 *     <name>create-order</name>
 *     <handler>com.example.orders.CreateOrder::handleRequest</handler>
 *     <memory>512</memory>
 *     <event>events/create-order.json</event>
 *     <budget>1.5s</budget>
 *   </function>
 * </functions>
 * }</pre>
 */
public class MeasuredFunction extends DeclaredFunction {

    /** The runtime ({@code java17}, {@code java21}, {@code java25}); by default the harness's default runtime. */
    private String runtime;

    /** The first invocation's event: a JSON file relative to the project's folder, or an event fixture id; {@code {}} when absent. */
    private String event;

    /** The budget of its median time to first response ({@code 800ms}, {@code 1.5s}, {@code +20%}); the goal's {@code budget} when absent. */
    private String budget;


    /** The runtime id, or null for the default. */
    public String getRuntime() {
        return runtime;
    }

    /** The event, or null for {@code {}}. */
    public String getEvent() {
        return event;
    }

    /** The budget as written, or null. */
    public String getBudget() {
        return budget;
    }
}
