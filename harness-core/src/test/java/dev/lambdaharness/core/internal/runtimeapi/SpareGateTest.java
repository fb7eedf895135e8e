package dev.lambdaharness.core.internal.runtimeapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The call a spare environment's child waits on: answered once, when the spare is released. */
class SpareGateTest {

    private final CountDownLatch waiting = new CountDownLatch(1);
    private final RuntimeApiServer server = RuntimeApiServer.start(new RuntimeApiListener() {
        @Override
        public void onSpareWaiting() {
            waiting.countDown();
        }
    });

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void answersTheWaitingSpareOnlyWhenReleasedAndOnlyOnce() throws Exception {
        try (RawHttp spare = new RawHttp(server)) {
            spare.get(RuntimeApiServer.SPARE_START_PATH);
            CompletableFuture<RawHttp.Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return spare.read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(waiting.await(10, TimeUnit.SECONDS)).as("the server heard the spare wait").isTrue();
            assertThat(answer).isNotDone();

            server.releaseSpare();

            assertThat(answer.get(10, TimeUnit.SECONDS).status()).startsWith("HTTP/1.1 200");
            spare.get(RuntimeApiServer.SPARE_START_PATH);
            assertThat(spare.read().status()).startsWith("HTTP/1.1 404"); // not a path of the Runtime API
        }
    }

    @Test
    void aReleaseBeforeTheSpareAsksLetsItThroughAtOnce() throws Exception {
        server.releaseSpare();
        try (RawHttp spare = new RawHttp(server)) {
            spare.get(RuntimeApiServer.SPARE_START_PATH);
            assertThat(spare.read().status()).startsWith("HTTP/1.1 200");
        }
    }
}
