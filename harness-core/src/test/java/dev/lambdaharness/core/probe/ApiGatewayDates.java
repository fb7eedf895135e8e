package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/**
 * Its input's serialiser registers the library's date modules on the mapper that also writes
 * the output, so the output's Date is written in seconds.
 */
public class ApiGatewayDates implements RequestHandler<APIGatewayProxyRequestEvent, Dates> {
    @Override
    public Dates handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return new Dates();
    }
}
