package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Answers with the jar the runtime interface client that runs it was loaded from. */
public class WhichRuntime implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        try {
            Class<?> client = Class.forName("com.amazonaws.services.lambda.runtime.api.client.AWSLambda", false,
                    WhichRuntime.class.getClassLoader());
            String location = client.getProtectionDomain().getCodeSource().getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        } catch (ClassNotFoundException e) {
            return "no runtime interface client";
        }
    }
}
