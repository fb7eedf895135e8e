package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The hello-world handler: {@code "world"} gives {@code "hello world"}. */
public class Hello implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return "hello " + input;
    }
}
