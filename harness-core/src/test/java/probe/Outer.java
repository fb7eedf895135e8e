package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Holds a non-static inner handler class. */
public class Outer {
    /** Needs an Outer to exist. */
    public class Inner implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }
}
