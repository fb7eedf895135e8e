package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Its constructor throws: an init error. */
public class ConstructorThrows implements RequestHandler<String, String> {
    public ConstructorThrows() {
        throw new IllegalStateException("ctor failed");
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
