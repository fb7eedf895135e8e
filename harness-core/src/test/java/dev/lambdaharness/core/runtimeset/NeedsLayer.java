package dev.lambdaharness.core.runtimeset;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Works only when its code includes the layer that holds {@link LayerUtility}. */
public class NeedsLayer implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        return LayerUtility.greeting();
    }
}
