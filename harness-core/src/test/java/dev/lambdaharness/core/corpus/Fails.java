package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Fails in the way its input names, so one environment shows many error shapes. */
public class Fails implements RequestHandler<String, String> {

    /** A custom exception whose message the runtime must take from {@link #getLocalizedMessage()}. */
    public static class LocalisedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public LocalisedException(String message) {
            super(message);
        }

        @Override
        public String getLocalizedMessage() {
            return "localised: " + getMessage();
        }
    }

    @Override
    public String handleRequest(String kind, Context context) {
        switch (kind) {
            case "unicode":
                throw new IllegalArgumentException("bad \u00e9 \uD83D\uDE00 \u2028 \"q\" <tag> & 'a'\nsecond line\ttab \\ back");
            case "localised":
                throw new LocalisedException("message");
            case "error":
                throw new AssertionError("an error, not an exception");
            case "circular":
                IllegalStateException outer = new IllegalStateException("outer");
                IllegalArgumentException inner = new IllegalArgumentException("inner", outer);
                outer.initCause(inner);
                throw outer;
            case "deep":
                return recurse(40);
            case "overflow":
                return overflow(0);
            default:
                return "did not fail: " + kind;
        }
    }

    private static String recurse(int depth) {
        if (depth == 0) {
            throw new UnsupportedOperationException("at the bottom");
        }
        return recurse(depth - 1);
    }

    private static String overflow(int depth) {
        return overflow(depth + 1) + depth;
    }
}
