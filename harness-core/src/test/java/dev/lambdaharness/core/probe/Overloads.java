package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** The RIC picks (String, Context): the longest signature, a trailing Context counting one extra. */
public class Overloads {
    public String handle(String input) {
        return "string";
    }

    public String handle(Map<String, Object> input) {
        return "map";
    }

    public String handle(String input, Context context) {
        return "string+context";
    }

    public void handle(InputStream input, OutputStream output) {
        // never chosen
    }
}
