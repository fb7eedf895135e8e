package dev.lambdaharness.core.network;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.xray.AWSXRay;
import com.amazonaws.xray.entities.Subsegment;

/** Records one subsegment named by the event with the real X-Ray SDK, as a traced function does. */
public class Traced implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        Subsegment subsegment = AWSXRay.beginSubsegment(name);
        try {
            subsegment.putAnnotation("requestId", context.getAwsRequestId());
        } finally {
            AWSXRay.endSubsegment();
        }
        return System.getenv("AWS_XRAY_DAEMON_ADDRESS");
    }
}
