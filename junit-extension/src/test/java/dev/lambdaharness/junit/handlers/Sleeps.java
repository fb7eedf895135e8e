package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Sleeps for the given number of milliseconds. */
public class Sleeps implements RequestHandler<Integer, String> {

    @Override
    public String handleRequest(Integer millis, Context context) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return "slept " + millis + " ms";
    }
}
