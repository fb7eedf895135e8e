package com.example.hello;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Greets the name it is given. */
public class Hello implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        return "Hello, " + name;
    }
}
