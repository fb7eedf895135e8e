package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Holds a non-static inner handler class, which needs an outer instance to exist. */
public class InnerClassHolder {

    /** Cannot be created without an {@link InnerClassHolder}. */
    public class Inner implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }
}
