package dev.lambdaharness.core.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids as Lambda gives them: random (version 4) UUIDs. Drawn from {@link ThreadLocalRandom}
 * rather than {@link UUID#randomUUID()}, whose {@code SecureRandom} costs a digest and a shared lock
 * per id: an id names an invocation in a test, it guards nothing.
 *
 * <pre>{@code
 * String requestId = RequestIds.next();   // "3f0c1d2e-…-4…-[89ab]…"
 * }</pre>
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** A new random request id. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                       // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }
}
