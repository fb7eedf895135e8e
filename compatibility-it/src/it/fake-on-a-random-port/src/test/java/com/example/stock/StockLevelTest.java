package com.example.stock;

import static dev.lambdaharness.junit.assertj.LambdaAssertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LambdaFunction;
import dev.lambdaharness.junit.LambdaTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    static HttpServer stock;

    @BeforeAll
    static void startTheFakeStockService() throws IOException {
        stock = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stock.createContext("/stock/", exchange -> {
            String sku = exchange.getRequestURI().getPath().substring("/stock/".length());
            byte[] body = (sku.equals("A-1") ? "12" : "0").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        stock.start();
    }

    @AfterAll
    static void stopIt() {
        stock.stop(0);
    }

    static void withTheFake(FunctionConfig.Builder function) {
        function.environment("STOCK_URL", "http://127.0.0.1:" + stock.getAddress().getPort());
    }

    @Nested
    @LambdaTest(handler = "com.example.stock.StockLevel", configure = "withTheFake")
    class InProcess {

        @Test
        void readsTheStockFromTheFake(LambdaFunction stockLevel) {
            assertThat(stockLevel.invoke("\"A-1\"")).succeeded().hasPayload("\"12\"");
        }
    }

    @Nested
    @LambdaTest(handler = "com.example.stock.StockLevel", configure = "withTheFake", isolation = Isolation.FORKED)
    class Forked {

        @Test
        void readsTheStockFromTheFake(LambdaFunction stockLevel) {
            assertThat(stockLevel.invoke("\"B-2\"")).succeeded().hasPayload("\"0\"");
        }
    }
}
