package dev.lambdaharness.core.internal.handler;

import java.nio.file.Path;

/**
 * Directories of function code that only one environment's loader sees, kept out of the test
 * class path (so the test's own loader does not offer their {@code META-INF/services}).
 */
final class FunctionRoots {

    private static final Path ROOT = Path.of("src", "test", "function-roots");

    /** Offers {@code dev.lambdaharness.core.probe.ProbeSerializer} as the function's CustomPojoSerializer. */
    static final Path ONE_SERIALIZER = ROOT.resolve("one-serializer");

    /** Offers two CustomPojoSerializer providers. */
    static final Path TWO_SERIALIZERS = ROOT.resolve("two-serializers");

    /** Names a CustomPojoSerializer provider class that does not exist. */
    static final Path MISSING_SERIALIZER = ROOT.resolve("missing-serializer");

    private FunctionRoots() {
    }
}
