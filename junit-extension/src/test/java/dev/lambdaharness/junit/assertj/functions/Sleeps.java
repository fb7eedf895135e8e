package dev.lambdaharness.junit.assertj.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Sleeps for the milliseconds it was sent; a timeout interrupts it. */
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
        return "slept";
    }
}
