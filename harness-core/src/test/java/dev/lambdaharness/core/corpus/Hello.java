package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class Hello implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String name, Context context) {
        return "hello " + name;
    }
}
