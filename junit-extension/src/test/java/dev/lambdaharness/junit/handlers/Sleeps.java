package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Sleeps for the milliseconds it was sent and says so; a timeout interrupts it. */
public class Sleeps implements RequestHandler<Integer, String> {

    @Override
    public String handleRequest(Integer millis, Context context) {
        System.out.println("sleeping " + millis + " ms");
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return "slept " + millis + " ms";
    }
}
