package dev.lambdaharness.core.corpus;

/** A second serialiser, for a function that lists two (the runtime allows one). */
public class WhisperingSerializer extends ShoutingSerializer {
    @Override
    protected String tag() {
        return "whispered ";
    }
}
