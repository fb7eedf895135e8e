package com.example.greeter;

import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** The Lambda handler: Micronaut starts its application context once, on the cold start. */
public class GreetHandler extends MicronautRequestHandler<String, String> {

    @Inject
    Greeter greeter;

    @Override
    public String execute(String name) {
        return greeter.greet(name);
    }
}
