package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Only a constructor with a parameter. */
public class NoDefaultConstructor implements RequestHandler<String, String> {
    private final String prefix;

    public NoDefaultConstructor(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String handleRequest(String input, Context context) {
        return prefix + input;
    }
}
