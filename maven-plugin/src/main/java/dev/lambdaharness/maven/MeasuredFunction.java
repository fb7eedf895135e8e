package dev.lambdaharness.maven;

import java.io.File;
import java.util.List;

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
public class MeasuredFunction {

    /** The name it is reported under; by default the handler's class's simple name. */
    private String name;

    /** The handler string, as Lambda takes it ({@code com.example.Hello::handleRequest}). Required. */
    private String handler;

    /** Memory in MB (128 to 10240); Lambda's default, 128, when absent. */
    private Integer memory;

    /** The runtime ({@code java17}, {@code java21}, {@code java25}); by default the harness's default runtime. */
    private String runtime;

    /** The first invocation's event: a JSON file relative to the project's folder, or an event fixture id; {@code {}} when absent. */
    private String event;

    /** The budget of its median time to first response ({@code 800ms}, {@code 1.5s}, {@code +20%}); the goal's {@code budget} when absent. */
    private String budget;

    /** Its code, class folders and jars or one deployment package; by default the project's main classes and runtime-scope dependencies. */
    private List<File> code;

    /** The name it is reported under. */
    public String getName() {
        return name;
    }

    /** The handler string. */
    public String getHandler() {
        return handler;
    }

    /** The memory in MB, or null for the default. */
    public Integer getMemory() {
        return memory;
    }

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

    /** The code, or null for the project's. */
    public List<File> getCode() {
        return code;
    }
}
