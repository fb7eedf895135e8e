package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerRequestEvent;
import com.amazonaws.services.lambda.runtime.events.ApplicationLoadBalancerResponseEvent;
import java.util.Map;

/** An Application Load Balancer target: answers every request with 503 and a Retry-After header. */
public class Alb implements RequestHandler<ApplicationLoadBalancerRequestEvent, ApplicationLoadBalancerResponseEvent> {

    @Override
    public ApplicationLoadBalancerResponseEvent handleRequest(ApplicationLoadBalancerRequestEvent request,
            Context context) {
        ApplicationLoadBalancerResponseEvent response = new ApplicationLoadBalancerResponseEvent();
        response.setStatusCode(503);
        response.setStatusDescription("503 Service Unavailable");
        response.setHeaders(Map.of("Retry-After", "120"));
        response.setBody("down for maintenance");
        response.setIsBase64Encoded(false);
        return response;
    }
}
