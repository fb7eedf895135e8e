package dev.lambdaharness.remote.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Greets by name, logging before and after; the client context's {@code custom.tenant}, when sent, joins the greeting. */
public class Greets implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        System.out.println("greeting " + name);
        context.getLogger().log("greeted\nover two lines");
        String tenant = context.getClientContext() == null ? null : context.getClientContext().getCustom().get("tenant");
        return "hello " + name + (tenant == null ? "" : " of " + tenant);
    }
}
