package dev.lambdaharness.core.fronts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.builders.HttpEventBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A plain HTTP/1.1 client for the fronts, and what the tests need to rebuild the event a request makes. */
final class FrontClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private FrontClient() {
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).GET();
    }

    static JsonNode json(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The builder given what every request of this client carries, in the order the fronts give
     * headers (by name): the JDK client's {@code Host} and {@code User-Agent}, from 127.0.0.1, with a
     * clock fixed at the instant the event says it was received (the ids derive from it).
     */
    static <B extends HttpEventBuilder<B>> B sentBy(B builder, JsonNode received) {
        return sentBy(builder, received.path("requestContext").path("timeEpoch").asLong());
    }

    /** As {@link #sentBy(HttpEventBuilder, JsonNode)}, received at {@code epochMillis}. */
    static <B extends HttpEventBuilder<B>> B sentBy(B builder, long epochMillis) {
        return builder.sourceIp("127.0.0.1").clock(Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC));
    }

    static String host(URI base) {
        return "127.0.0.1:" + base.getPort();
    }

    static String userAgent() {
        return "Java-http-client/" + System.getProperty("java.version");
    }
}
