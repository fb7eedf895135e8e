package com.example.visibility;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Says whether the class it is sent is in the function's code. */
public class Visible implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String className, Context context) {
        try {
            Class.forName(className, false, Visible.class.getClassLoader());
            return "visible";
        } catch (ClassNotFoundException e) {
            return "absent";
        }
    }
}
