package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Greets by name, logging before and after. */
public class Greets implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        System.out.println("greeting " + name);
        context.getLogger().log("greeted\nover two lines");
        return "hello " + name;
    }
}
