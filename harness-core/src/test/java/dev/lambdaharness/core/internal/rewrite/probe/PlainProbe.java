package dev.lambdaharness.core.internal.rewrite.probe;

import java.util.function.Supplier;

/** Function code with no hooked call (System members that are not hooked do not count): never rewritten. */
public final class PlainProbe implements Supplier<String> {

    @Override
    public String get() {
        long now = System.currentTimeMillis();
        String separator = System.lineSeparator();
        return "plain " + (now > 0) + separator.isEmpty();
    }
}
