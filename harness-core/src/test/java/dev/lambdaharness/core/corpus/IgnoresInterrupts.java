package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Spins for the given milliseconds without ever looking at its interrupt flag. */
public class IgnoresInterrupts implements RequestHandler<Integer, String> {
    @Override
    public String handleRequest(Integer millis, Context context) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }
        return "spun " + spins;
    }
}
