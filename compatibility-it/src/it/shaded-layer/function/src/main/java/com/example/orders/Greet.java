package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.layer.Greetings;

/** Works only where its layer is attached: the layer holds {@link Greetings}. */
public class Greet implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String name, Context context) {
        return Greetings.greeting();
    }
}
