package probe;

public class Throw implements com.amazonaws.services.lambda.runtime.RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, com.amazonaws.services.lambda.runtime.Context context) {
        // Line 7 throws; line 3 (the class declaration) is the bridge method's line.
        throw new IllegalStateException("boom \"quoted\" <b>", new IllegalArgumentException("root cause"));
    }
}
