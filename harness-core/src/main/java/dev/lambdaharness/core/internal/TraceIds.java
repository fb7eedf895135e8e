package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.TracingMode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * X-Ray trace headers for invocations whose caller sent none, in the format Lambda passes to the
 * runtime: {@code Root=1-<8 hex epoch seconds>-<24 hex>;Parent=<16 hex>;Sampled=<0|1>}.
 */
public final class TraceIds {

    private TraceIds() {
    }

    /** A new trace header, sampled when tracing is active. */
    public static String newHeader(RuntimeClock clock, TracingMode tracing) {
        long seconds = clock.currentTimeMillis() / 1000;
        return "Root=1-" + String.format("%08x", seconds) + "-" + hex(24) + ";Parent=" + hex(16) + ";Sampled="
                + (tracing == TracingMode.ACTIVE ? "1" : "0");
    }

    private static String hex(int digits) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder(digits);
        while (out.length() < digits) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }
}
