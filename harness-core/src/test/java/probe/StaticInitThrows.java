package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Its static initialiser throws: an init error. */
public class StaticInitThrows implements RequestHandler<String, String> {
    static {
        if (Boolean.parseBoolean("true")) {
            throw new IllegalStateException("static boom");
        }
    }

    @Override
    public String handleRequest(String input, Context context) {
        return input;
    }
}
