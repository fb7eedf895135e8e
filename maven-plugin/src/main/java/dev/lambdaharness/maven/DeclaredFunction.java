package dev.lambdaharness.maven;

import java.io.File;
import java.util.List;

/**
 * What every goal's {@code <function>} declares: its handler (required), and optionally its name,
 * memory and code. {@link MeasuredFunction} and {@link CheckedFunction} add what their goals need.
 *
 * <pre>{@code
 * <function>
 *   <name>create-order</name>
 *   <handler>com.example.orders.CreateOrder::handleRequest</handler>
 *   <memory>512</memory>
 * </function>
 * }</pre>
 */
public abstract class DeclaredFunction {

    /** The name it is reported under; by default the handler's class's simple name. */
    private String name;

    /** The handler string, as Lambda takes it ({@code com.example.Hello::handleRequest}). Required. */
    private String handler;

    /** Memory in MB (128 to 10240); Lambda's default, 128, when absent. */
    private Integer memory;

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

    /** The code, or null for the project's. */
    public List<File> getCode() {
        return code;
    }
}
