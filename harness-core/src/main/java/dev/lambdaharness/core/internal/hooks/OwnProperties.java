package dev.lambdaharness.core.internal.hooks;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system properties one environment has values of its own for: fixed keys, each set or
 * cleared by the function without touching the test JVM's properties. The rewritten
 * {@code System.getProperty}, {@code setProperty} and {@code clearProperty} call sites of the
 * environment's function read and change these keys here; other keys reach the JVM's properties.
 *
 * <pre>{@code
 * OwnProperties own = new OwnProperties(Map.of("java.net.preferIPv4Stack", "true"));
 * own.owns("java.net.preferIPv4Stack"); // true
 * own.set("java.net.preferIPv4Stack", null); // "true": cleared, for this environment only
 * }</pre>
 *
 * <p>Safe to use from any thread.
 */
public final class OwnProperties {

    /** No property of its own. */
    public static final OwnProperties NONE = new OwnProperties(Map.of());

    private final Set<String> keys;
    private final Map<String, String> values;

    /** @param initial the keys this environment owns, with their values at start */
    public OwnProperties(Map<String, String> initial) {
        this.keys = Set.copyOf(initial.keySet());
        this.values = new ConcurrentHashMap<>(initial);
    }

    /** Whether {@code key} is one of this environment's own properties; false for null. */
    public boolean owns(String key) {
        return key != null && keys.contains(key);
    }

    /** The value of an owned property, or null when it is cleared. */
    public String get(String key) {
        return values.get(key);
    }

    /**
     * Sets an owned property, or clears it for a null {@code value}.
     *
     * @return the previous value, or null
     */
    public String set(String key, String value) {
        return value == null ? values.remove(key) : values.put(key, Objects.requireNonNull(value));
    }
}
