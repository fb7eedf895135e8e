package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A raw {@code RequestHandler}: the runtime cannot tell its types. */
@SuppressWarnings("rawtypes")
public class RawHandler implements RequestHandler {
    @Override
    public Object handleRequest(Object input, Context context) {
        return input;
    }
}
