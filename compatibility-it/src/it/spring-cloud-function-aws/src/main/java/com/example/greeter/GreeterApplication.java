package com.example.greeter;

import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application whose one function greets the name it is sent. */
@SpringBootApplication
public class GreeterApplication {

    public static void main(String[] args) {
        SpringApplication.run(GreeterApplication.class, args);
    }

    @Bean
    public Function<String, String> greet() {
        return name -> {
            if (name.isBlank()) {
                throw new IllegalArgumentException("nobody to greet");
            }
            return "Hello, " + name;
        };
    }
}
