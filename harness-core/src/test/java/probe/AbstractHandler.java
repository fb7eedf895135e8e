package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Abstract: its public constructor cannot be called. */
public abstract class AbstractHandler implements RequestHandler<String, String> {
    public AbstractHandler() {
        // public, yet the class is abstract
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
