package dev.lambdaharness.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system properties Lambda's Java runtime has that a plain JVM does not: those its command line
 * sets (runtime-facts §3.1) and the trust store the runtime interface client sets before it loads
 * the handler. Forked children get them the runtime's way (the command line, the client itself);
 * in-process functions read them through their rewritten {@code System.getProperty} call sites.
 *
 * <pre>{@code
 * RuntimeSystemProperties.commandLine(); // {org.crac.Core.Compat=com.amazonaws.services.lambda.crac, java.net.preferIPv4Stack=true}
 * RuntimeSystemProperties.atHandlerLoad(); // the same, and javax.net.ssl.trustStore where /etc/pki/java/cacerts exists
 * }</pre>
 */
public final class RuntimeSystemProperties {

    /** The property naming the trust store. */
    public static final String TRUST_STORE_PROPERTY = "javax.net.ssl.trustStore";
    /** The system's trust store, which the RIC makes the JVM's when it exists and none was given. */
    public static final Path SYSTEM_CACERTS = Path.of("/etc/pki/java/cacerts");

    private static final Map<String, String> COMMAND_LINE = commandLineProperties();

    private RuntimeSystemProperties() {
    }

    /** The {@code -D} options of the runtime's command line, in its order. */
    public static Map<String, String> commandLine() {
        return COMMAND_LINE;
    }

    /**
     * The properties a function finds when its handler loads: the command line's, and the system
     * trust store when the machine has one (the RIC's condition; its JVM is given none).
     */
    public static Map<String, String> atHandlerLoad() {
        Map<String, String> properties = new LinkedHashMap<>(COMMAND_LINE);
        if (Files.isRegularFile(SYSTEM_CACERTS)) {
            properties.put(TRUST_STORE_PROPERTY, SYSTEM_CACERTS.toString());
        }
        return Collections.unmodifiableMap(properties);
    }

    private static Map<String, String> commandLineProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        // The user's org.crac API delegates to the RIC's CRaC context.
        properties.put("org.crac.Core.Compat", "com.amazonaws.services.lambda.crac");
        // On java17's command line; java21's is UNCONFIRMED (docs/fidelity.md), and it is kept for every runtime.
        properties.put("java.net.preferIPv4Stack", "true");
        return Collections.unmodifiableMap(properties);
    }
}
