package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;

/** The RIC takes Swapped's own arguments, so it deserialises the input as an Integer. */
public class SwappedHandler implements Swapped<Integer, String> {
    @Override
    public Integer handleRequest(String input, Context context) {
        return input.length();
    }
}
