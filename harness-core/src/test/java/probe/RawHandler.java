package probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A raw RequestHandler: the RIC cannot find its types. */
@SuppressWarnings("rawtypes")
public class RawHandler implements RequestHandler {
    @Override
    public Object handleRequest(Object input, Context context) {
        return input;
    }
}
