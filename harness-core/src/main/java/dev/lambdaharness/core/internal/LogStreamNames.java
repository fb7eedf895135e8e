package dev.lambdaharness.core.internal;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The CloudWatch log stream of a new execution environment, as Lambda names it:
 * {@code yyyy/MM/dd/[<version>]<32 hex digits>}, dated by the runtime's clock in UTC.
 */
public final class LogStreamNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private LogStreamNames() {
    }

    /** A new stream name for an environment of the function. */
    public static String newName(FunctionConfig config, RuntimeClock clock) {
        StringBuilder name = new StringBuilder(64)
                .append(DAY.format(Instant.ofEpochMilli(clock.currentTimeMillis())))
                .append("/[").append(config.version()).append(']');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 32; i++) {
            name.append(Character.forDigit(random.nextInt(16), 16));
        }
        return name.toString();
    }
}
