package dev.lambdaharness.core.internal.rewrite;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs in a child JVM started with the JaCoCo agent by {@link JacocoCoverageOfRewrittenClassesIT}:
 * loads {@code CoverageProbe} (rewritten) and {@code PlainProbe} (not rewritten) through a
 * {@link RewritingClassLoader}, calls both, and prints what happened for the test to check.
 *
 * <p>Argument {@code prepared}: define rewritten classes with {@link CoverageSupport#current()};
 * {@code naive}: define the rewritten bytes as they are, with a normal protection domain.
 */
public final class CoverageChildMain {

    private CoverageChildMain() {
    }

    public static void main(String[] args) throws Exception {
        CoverageSupport coverage = switch (args[0]) {
            case "prepared" -> CoverageSupport.current();
            case "naive" -> CoverageSupport.disabled();
            default -> throw new IllegalArgumentException("mode must be prepared or naive, not " + args[0]);
        };
        System.out.println("coverage: " + coverage.description());
        RecordingBinding binding = new RecordingBinding(Map.of("COVERAGE_PROBE", "from-binding"), null);
        RewritingClassLoader loader = new RewritingClassLoader(binding, coverage);

        Supplier<?> probe = (Supplier<?>) loader.loadClass(RewritingClassLoader.PROBE_PACKAGE + "CoverageProbe")
                .getConstructor().newInstance();
        System.out.println("probe returned: " + probe.get());
        System.out.println("probe printed: " + binding.outText().strip());
        System.out.println("probe code source: " + probe.getClass().getProtectionDomain().getCodeSource().getLocation());

        Supplier<?> plain = (Supplier<?>) loader.loadClass(RewritingClassLoader.PROBE_PACKAGE + "PlainProbe")
                .getConstructor().newInstance();
        System.out.println("plain returned: " + plain.get());
        System.out.println("rewritten: " + loader.rewritten);
    }
}
