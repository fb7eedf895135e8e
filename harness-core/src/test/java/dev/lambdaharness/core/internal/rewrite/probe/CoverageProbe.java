package dev.lambdaharness.core.internal.rewrite.probe;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Function code whose coverage must survive the rewrite. The read of {@code System.out} alone on
 * its line matters: rewritten, that line gains a method call, which is where JaCoCo would place an
 * extra probe had it instrumented the rewritten bytes.
 */
public final class CoverageProbe implements Supplier<String> {

    @Override
    public String get() {
        String value = System.getenv("COVERAGE_PROBE");
        if (value == null) {
            value = "unset";
        }
        PrintStream out = System.out;
        out.println("probe saw " + value);
        return value;
    }
}
