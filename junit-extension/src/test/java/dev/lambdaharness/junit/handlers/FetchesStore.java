package dev.lambdaharness.junit.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Answers with what the service at STORE_URL answers, as a function calling a dependency does. */
public class FetchesStore implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String path, Context context) {
        try (InputStream in = new URL(System.getenv("STORE_URL") + path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
