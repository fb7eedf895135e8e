package dev.lambdaharness.junit.internal.assertj;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/**
 * Creates the soft-assertion proxies of the Lambda assertions, naming the fix when the project's
 * AssertJ cannot.
 *
 * <p>Why: AssertJ defines its soft-assertion proxies with the Byte Buddy it bundles, and a Byte Buddy
 * that cannot define classes on the running JDK refuses with only "Could not create type" (AssertJ
 * 3.20 on JDK 25: "No code generation strategy available"). The harness declares 3.21.0, which can;
 * a project that pins an older AssertJ of its own meets exactly that.
 */
public final class SoftProxies {

    /** The oldest AssertJ whose soft assertions define their proxies on Java 25 (tried: 3.20.2 cannot). */
    static final String OLDEST_ASSERTJ_FOR_JAVA_25 = "3.21.0";

    private SoftProxies() {
    }

    /** Returns what {@code create} makes, or fails with one message naming the AssertJ and the fix. */
    public static <T> T create(Class<T> assertType, Supplier<T> create) {
        try {
            return create.get();
        } catch (IllegalArgumentException e) {
            if (!"Could not create type".equals(e.getMessage())) {
                throw e;
            }
            throw new IllegalStateException(message(assertType, assertjJar(), Runtime.version().feature()), e);
        }
    }

    static String message(Class<?> assertType, String assertjJar, int javaVersion) {
        return "Soft assertions could not create their " + assertType.getSimpleName() + " on Java " + javaVersion
                + ": the AssertJ on the test class path (" + assertjJar + ") cannot define its proxy classes on this Java."
                + " Declare org.assertj:assertj-core " + OLDEST_ASSERTJ_FOR_JAVA_25
                + " or later in the project's test dependencies (AssertJ's own soft assertions need the same).";
    }

    private static String assertjJar() {
        CodeSource source = Assertions.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "location unknown";
        }
        try {
            Path path = Path.of(source.getLocation().toURI()).getFileName();
            return path == null ? source.getLocation().toString() : path.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
