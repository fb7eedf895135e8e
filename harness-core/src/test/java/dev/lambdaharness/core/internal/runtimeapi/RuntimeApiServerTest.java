package dev.lambdaharness.core.internal.runtimeapi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime API on the wire, against RAPID's status codes and bodies (runtime-facts §1; RIE rapi/rendering). */
class RuntimeApiServerTest {

    private static final String NEXT = "/2018-06-01/runtime/invocation/next";
    private static final String ACCEPTED = "{\"status\":\"OK\"}\n";
    private static final String INVALID_REQUEST_ID = "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}\n";

    private final List<RuntimePost> posts = new CopyOnWriteArrayList<>();
    private final CountDownLatch nextRequested = new CountDownLatch(1);
    private final RuntimeApiServer server = RuntimeApiServer.start(new RuntimeApiListener() {
        @Override
        public void onNextRequested() {
            nextRequested.countDown();
        }

        @Override
        public void onPost(RuntimePost post) {
            posts.add(post);
        }
    });

    @AfterEach
    void close() {
        server.close();
    }

    private static RuntimeApiInvocation invocation(String id) {
        return new RuntimeApiInvocation(id, "{\"a\":1}".getBytes(UTF_8), 1542409706888L,
                "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime", null, null, null, null, null);
    }

    private static String path(String id, String what) {
        return "/2018-06-01/runtime/invocation/" + id + "/" + what;
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.address()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
    }

    @Test
    void nextWaitsForAnInvocationThenCarriesItsHeadersAndBytes() throws Exception {
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            CompletableFuture<RawHttp.Response> response = CompletableFuture.supplyAsync(() -> {
                try {
                    return runtime.read();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(nextRequested.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(response).isNotDone(); // nothing was submitted: next must still be waiting

            server.submit(new RuntimeApiInvocation("8476a536-e9f4-11e8-9739-2dfe598c3fcd", "{\"a\":1}".getBytes(UTF_8), 1542409706888L,
                    "arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
                    "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
                    "{\"custom\":{\"k\":\"v\"}}", "{\"cognitoIdentityId\":\"id\",\"cognitoIdentityPoolId\":\"pool\"}", "tenant-1", null));
            RawHttp.Response next = response.get(10, TimeUnit.SECONDS);

            assertThat(next.status()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(next.stableHeaders()).containsExactly(
                    "Content-Type: application/json",
                    "Lambda-Runtime-Aws-Request-Id: 8476a536-e9f4-11e8-9739-2dfe598c3fcd",
                    "Lambda-Runtime-Aws-Tenant-Id: tenant-1",
                    "Lambda-Runtime-Client-Context: {\"custom\":{\"k\":\"v\"}}",
                    "Lambda-Runtime-Cognito-Identity: {\"cognitoIdentityId\":\"id\",\"cognitoIdentityPoolId\":\"pool\"}",
                    "Lambda-Runtime-Deadline-Ms: 1542409706888",
                    "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
                    "Lambda-Runtime-Trace-Id: Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
                    "Content-Length: 7");
            assertThat(next.headers()).anyMatch(header -> header.matches("Date: \\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
            assertThat(next.bodyText()).isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void leavesOutOptionalHeadersAndDefaultsTheContentType() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);

            assertThat(runtime.read().stableHeaders()).containsExactly(
                    "Content-Type: application/json",
                    "Lambda-Runtime-Aws-Request-Id: id-1",
                    "Lambda-Runtime-Deadline-Ms: 1542409706888",
                    "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
                    "Content-Length: 7");
        }
    }

    @Test
    void acceptsAResponseAndHandsItToTheListenerAsPosted() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            runtime.read();
            runtime.post(path("id-1", "response"), "\"ok\"".getBytes(UTF_8), "content-type: application/json");
            RawHttp.Response accepted = runtime.read();

            assertThat(accepted.status()).isEqualTo("HTTP/1.1 202 Accepted");
            assertThat(accepted.stableHeaders()).containsExactly("Content-Type: application/json", "Content-Length: 16");
            assertThat(accepted.bodyText()).isEqualTo(ACCEPTED);
            assertThat(posts).singleElement().satisfies(post -> {
                assertThat(post.kind()).isEqualTo(RuntimePost.Kind.RESPONSE);
                assertThat(post.requestId()).isEqualTo("id-1");
                assertThat(new String(post.body(), UTF_8)).isEqualTo("\"ok\"");
                assertThat(post.headers()).containsEntry("Content-Type", "application/json");
                assertThat(post.headers().keySet()).contains("content-type"); // names kept as sent
            });
        }
    }

    @Test
    void refusesARequestIdThatIsNotTheCurrentInvocations() throws Exception {
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.post(path("id-0", "response"), "1".getBytes(UTF_8));
            RawHttp.Response beforeAnyInvocation = runtime.read();
            server.submit(invocation("id-1"));
            runtime.get(NEXT);
            runtime.read();
            runtime.post(path("id-2", "error"), "{}".getBytes(UTF_8));
            RawHttp.Response wrongId = runtime.read();

            for (RawHttp.Response response : List.of(beforeAnyInvocation, wrongId)) {
                assertThat(response.status()).isEqualTo("HTTP/1.1 400 Bad Request");
                assertThat(response.bodyText()).isEqualTo(INVALID_REQUEST_ID);
            }
            assertThat(posts).isEmpty();
        }
    }

    @Test
    void refusesASecondPostForOneInvocation() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            runtime.read();
            runtime.post(path("id-1", "response"), "1".getBytes(UTF_8));
            runtime.read();
            runtime.post(path("id-1", "error"), "{}".getBytes(UTF_8));
            RawHttp.Response second = runtime.read();

            assertThat(second.status()).isEqualTo("HTTP/1.1 403 Forbidden");
            assertThat(second.bodyText()).isEqualTo("{\"errorMessage\":\"State transition from RuntimeResponseSentState to "
                    + "InvocationErrorResponse failed for runtime. Error: State transition is not allowed\",\"errorType\":\"InvalidStateTransition\"}\n");
            assertThat(posts).hasSize(1);
        }
    }

    @Test
    void acceptsAResponseOfExactlyTheLimitAndRefusesOneByteMoreWith413() throws Exception {
        byte[] atLimit = new byte[RapidErrors.MAX_PAYLOAD_SIZE];
        Arrays.fill(atLimit, (byte) 'x');
        server.submit(invocation("id-1"));
        server.submit(invocation("id-2"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            runtime.read();
            runtime.post(path("id-1", "response"), atLimit);
            RawHttp.Response accepted = runtime.read();
            runtime.get(NEXT);
            runtime.read();
            runtime.post(path("id-2", "response"), Arrays.copyOf(atLimit, atLimit.length + 1));
            RawHttp.Response tooLarge = runtime.read();

            assertThat(accepted.status()).isEqualTo("HTTP/1.1 202 Accepted");
            assertThat(tooLarge.status()).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
            assertThat(tooLarge.bodyText())
                    .isEqualTo("{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\",\"errorType\":\"RequestEntityTooLarge\"}\n");
            assertThat(posts).extracting(RuntimePost::kind).containsExactly(RuntimePost.Kind.RESPONSE, RuntimePost.Kind.RESPONSE_TOO_LARGE);
            assertThat(posts.get(0).body()).hasSize(6_291_556);
            assertThat(posts.get(1).bodyLength()).isEqualTo(6_291_557);
            assertThat(posts.get(1).body()).isEmpty();
            // The whole body was read, so the connection still works.
            runtime.post(path("id-2", "error"), "{}".getBytes(UTF_8));
            assertThat(runtime.read().status()).isEqualTo("HTTP/1.1 403 Forbidden");
        }
    }

    @Test
    void acceptsAnErrorPostedTheWayTheRicPostsIt() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            runtime.read();
        }
        // The RIC's own error client: HttpURLConnection with a fixed-length body and its default headers.
        HttpURLConnection connection = (HttpURLConnection) new URL("http://" + server.address() + path("id-1", "error")).openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Lambda-Runtime-Function-Error-Type", "Runtime.UserException");
        byte[] body = "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\",\"stackTrace\":[]}".getBytes(UTF_8);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }

        assertThat(connection.getResponseCode()).isEqualTo(202);
        assertThat(new String(connection.getInputStream().readAllBytes(), UTF_8)).isEqualTo(ACCEPTED);
        assertThat(posts).singleElement().satisfies(post -> {
            assertThat(post.kind()).isEqualTo(RuntimePost.Kind.ERROR);
            assertThat(post.functionErrorType()).isEqualTo("Runtime.UserException");
            assertThat(post.body()).isEqualTo(body);
        });
    }

    @Test
    void readsChunkedBodiesAndAnswersExpectContinue() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            runtime.read();
            runtime.send("POST " + path("id-1", "response") + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n",
                    "3\r\n\"ab\r\n1;ext=1\r\n\"\r\n0\r\n\r\n".getBytes(UTF_8));
            RawHttp.Response interim = runtime.read();
            RawHttp.Response accepted = runtime.read();

            assertThat(interim.status()).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(accepted.status()).isEqualTo("HTTP/1.1 202 Accepted");
            assertThat(new String(posts.get(0).body(), UTF_8)).isEqualTo("\"ab\"");
        }
    }

    @Test
    void refusesNextAndASecondInitErrorAfterAnInitError() throws Exception {
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.post("/2018-06-01/runtime/init/error", "{\"errorMessage\":\"no\"}".getBytes(UTF_8),
                    "Lambda-Runtime-Function-Error-Type: Runtime.BadFunctionCode");
            RawHttp.Response accepted = runtime.read();
            runtime.get(NEXT);
            RawHttp.Response next = runtime.read();
            runtime.post("/2018-06-01/runtime/init/error", "{}".getBytes(UTF_8));
            RawHttp.Response again = runtime.read();

            assertThat(accepted.bodyText()).isEqualTo(ACCEPTED);
            assertThat(posts).singleElement().satisfies(post -> {
                assertThat(post.kind()).isEqualTo(RuntimePost.Kind.INIT_ERROR);
                assertThat(post.requestId()).isNull();
                assertThat(post.functionErrorType()).isEqualTo("Runtime.BadFunctionCode");
            });
            assertThat(next.status()).isEqualTo("HTTP/1.1 403 Forbidden");
            assertThat(next.bodyText()).isEqualTo("{\"errorMessage\":\"State transition from InitError to Ready failed for runtime."
                    + " Error: State transition is not allowed\",\"errorType\":\"InvalidStateTransition\"}\n");
            assertThat(again.bodyText()).contains("State transition from InitError to InitError failed");
        }
    }

    @Test
    void answersUnknownPathsAndWrongMethodsAsGoDoes() throws Exception {
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get("/2018-06-01/runtime/invocation/id-1/unknown");
            RawHttp.Response notFound = runtime.read();
            runtime.post(NEXT, new byte[0]);
            RawHttp.Response wrongMethod = runtime.read();

            assertThat(notFound.status()).isEqualTo("HTTP/1.1 404 Not Found");
            assertThat(notFound.bodyText()).isEqualTo("404 page not found\n");
            assertThat(wrongMethod.status()).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        }
    }

    @Test
    void closeEndsAPendingNextAndRefusesNewInvocations() throws Exception {
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            assertThat(nextRequested.await(10, TimeUnit.SECONDS)).isTrue();

            server.close();

            assertThat(runtime.closedByServer()).isTrue();
            assertThat(server.isClosed()).isTrue();
            assertThatThrownBy(() -> server.submit(invocation("late"))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Test
    void anInvocationForANextWhoseCallerHasGoneGoesToTheFollowingNext() throws Exception {
        RawHttp abandoned = new RawHttp(server);
        abandoned.get(NEXT);
        assertThat(nextRequested.await(10, TimeUnit.SECONDS)).isTrue();
        abandoned.close();
        Thread.sleep(300); // the waiting next checks its caller every 100 ms

        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server)) {
            runtime.get(NEXT);
            RawHttp.Response next = CompletableFuture.supplyAsync(() -> read(runtime)).get(10, TimeUnit.SECONDS);

            assertThat(next.status()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(next.headers()).contains("Lambda-Runtime-Aws-Request-Id: id-1");
            runtime.post(path("id-1", "response"), "1".getBytes(UTF_8));
            assertThat(runtime.read().status()).isEqualTo("HTTP/1.1 202 Accepted");
        }
    }

    @Test
    void aNextDuringTheInvocationGetsThatInvocationAgainAndTheResponseIsStillAccepted() throws Exception {
        server.submit(invocation("id-1"));
        try (RawHttp runtime = new RawHttp(server); RawHttp handler = new RawHttp(server)) {
            runtime.get(NEXT);
            RawHttp.Response first = runtime.read();
            handler.get(NEXT);
            RawHttp.Response again = CompletableFuture.supplyAsync(() -> read(handler)).get(10, TimeUnit.SECONDS);
            runtime.post(path("id-1", "response"), "\"ok\"".getBytes(UTF_8));
            RawHttp.Response accepted = runtime.read();

            assertThat(again.status()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(again.stableHeaders()).isEqualTo(first.stableHeaders());
            assertThat(again.bodyText()).isEqualTo("{\"a\":1}");
            assertThat(accepted.status()).isEqualTo("HTTP/1.1 202 Accepted");
            assertThat(posts).singleElement().satisfies(post -> assertThat(post.requestId()).isEqualTo("id-1"));
        }
    }

    private static RawHttp.Response read(RawHttp client) {
        try {
            return client.read();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
