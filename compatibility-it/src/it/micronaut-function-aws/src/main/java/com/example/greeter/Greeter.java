package com.example.greeter;

import jakarta.inject.Singleton;

/** Greets a name; a bean, so the handler shows that Micronaut's injection ran. */
@Singleton
public class Greeter {

    public String greet(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("nobody to greet");
        }
        return "Hello, " + name;
    }
}
