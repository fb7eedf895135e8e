package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Map in, Shape out: the Android path and the default path write them differently. */
public class ShapeOf implements RequestHandler<Map<String, Object>, Shape> {
    @Override
    public Shape handleRequest(Map<String, Object> input, Context context) {
        return new Shape();
    }
}
