package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Never returns in time: the subject of the oracle's own timeout. */
public class SleepingHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        System.out.println("going to sleep");
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "woke up";
    }
}
