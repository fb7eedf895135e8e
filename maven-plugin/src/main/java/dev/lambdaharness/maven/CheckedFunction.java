package dev.lambdaharness.maven;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * A function the {@code conformance} goal checks, as the plugin's configuration declares it. Only
 * the handler is needed; the code is the project's by default, and the events the built-in fixtures
 * written for the handler's input type.
 *
 * <pre>{@code
 * <functions>
 *   <function>
 *     <name>create-order</name>
 *     <handler>com.example.orders.CreateOrder::handleRequest</handler>
 *     <memory>512</memory>
 *     <timeout>10</timeout>
 *     <events><event>apigateway/http-api-v2</event><event>events/create-order.json</event></events>
 *     <ignoredPaths><ignoredPath>/body/orderId</ignoredPath></ignoredPaths>
 *     <deploymentPackage>target/orders.zip</deploymentPackage>
 *   </function>
 * </functions>
 * }</pre>
 */
public class CheckedFunction extends DeclaredFunction {

    /** Timeout in seconds (1 to 900); Lambda's default, 3, when absent. */
    private Integer timeout;

    /** Ephemeral storage ({@code /tmp}) in MB (512 to 10240); 512 when absent. */
    private Integer ephemeralStorage;

    /** Its environment variables. */
    private Map<String, String> environment;

    /** The events to run: fixture ids or JSON files relative to the project's folder; the fitting built-in fixtures when absent. */
    private List<String> events;

    /** JSON Pointers of result parts that differ by design ({@code /body/orderId}), ignored when results are compared. */
    private List<String> ignoredPaths;

    /** The {@code .zip} or {@code .jar} that is uploaded, for the package-size check. */
    private File deploymentPackage;


    /** The timeout in seconds, or null for the default. */
    public Integer getTimeout() {
        return timeout;
    }

    /** The ephemeral storage in MB, or null for the default. */
    public Integer getEphemeralStorage() {
        return ephemeralStorage;
    }

    /** The environment variables, or null for none. */
    public Map<String, String> getEnvironment() {
        return environment;
    }

    /** The events, or null for the fitting built-in fixtures. */
    public List<String> getEvents() {
        return events;
    }

    /** The ignored JSON Pointers, or null for none. */
    public List<String> getIgnoredPaths() {
        return ignoredPaths;
    }

    /** The deployment package, or null. */
    public File getDeploymentPackage() {
        return deploymentPackage;
    }
}
