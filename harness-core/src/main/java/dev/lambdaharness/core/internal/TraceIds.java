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
        StringBuilder header = new StringBuilder(80).append("Root=1-");
        String epoch = Long.toHexString(seconds);
        for (int pad = epoch.length(); pad < 8; pad++) {
            header.append('0');
        }
        header.append(epoch).append('-');
        hex(header, 24).append(";Parent=");
        hex(header, 16).append(";Sampled=").append(tracing == TracingMode.ACTIVE ? '1' : '0');
        return header.toString();
    }

    private static StringBuilder hex(StringBuilder out, int digits) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < digits; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out;
    }
}
