package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class Exits implements RequestHandler<Integer, String> {
    @Override
    public String handleRequest(Integer status, Context context) {
        System.out.println("exiting with " + status);
        System.exit(status);
        return "unreachable";
    }
}
