package com.example.stock;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Answers with the stock level the stock service at STOCK_URL gives for a SKU. */
public class StockLevel implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String sku, Context context) {
        try (InputStream in = URI.create(System.getenv("STOCK_URL") + "/stock/" + sku).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
