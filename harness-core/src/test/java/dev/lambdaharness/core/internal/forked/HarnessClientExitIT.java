package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.RuntimeClient;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.child.ChildLaunch;
import dev.lambdaharness.core.internal.child.JavaHome;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiInvocation;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiListener;
import dev.lambdaharness.core.internal.runtimeapi.RuntimeApiServer;
import dev.lambdaharness.core.internal.runtimeapi.RuntimePost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's runtime client ends its JVM when {@code next} fails, so a child whose Runtime API
 * went away does not linger, even without the launching shell's watcher: here the child's JVM is
 * started directly, with the command line of a forked environment, against a Runtime API of the test.
 */
class HarnessClientExitIT {

    @TempDir
    Path directory;

    @Test
    void exitsWithStatusOneWhenTheRuntimeApiGoesAwayWhileItWaitsForTheNextInvocation() throws Exception {
        CountDownLatch secondNext = new CountDownLatch(2);
        LinkedBlockingQueue<RuntimePost> posts = new LinkedBlockingQueue<>();
        RuntimeApiServer server = RuntimeApiServer.start(new RuntimeApiListener() {
            @Override
            public void onNextRequested() {
                secondNext.countDown();
            }

            @Override
            public void onPost(RuntimePost post) {
                posts.add(post);
            }
        });
        FunctionConfig config = FunctionConfig.builder("dev.lambdaharness.core.corpus.Hello").build();
        Path taskRoot = ForkedFiles.taskRoot(CorpusCode.code());
        ChildLaunch launch = ForkedLaunch.of(config, taskRoot, Files.createDirectories(directory.resolve("tmp")), "stream",
                JavaHome.of(Path.of(System.getProperty("java.home"))), ForkedOptions.DEFAULTS, RuntimeClient.HARNESS, false);
        ProcessBuilder builder = new ProcessBuilder(launch.javaCommand()).directory(taskRoot.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve("output").toFile());
        builder.environment().clear();
        Map<String, String> environment = launch.environment().apply(server.address());
        environment.remove("_LAMBDA_TELEMETRY_LOG_FD"); // no fd 3 without the shell: records go to stdout
        builder.environment().putAll(environment);
        Process child = builder.start();
        try {
            String requestId = UUID.randomUUID().toString();
            server.submit(new RuntimeApiInvocation(requestId, "\"exit\"".getBytes(StandardCharsets.UTF_8),
                    System.currentTimeMillis() + 30_000, config.invokedFunctionArn(), null, null, null, null, null));
            RuntimePost response = posts.poll(60, TimeUnit.SECONDS);
            assertThat(response).isNotNull();
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("\"hello exit\"");
            assertThat(secondNext.await(30, TimeUnit.SECONDS)).as("the client asks for the next invocation").isTrue();
            assertThat(child.isAlive()).isTrue();

            server.close();

            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends once its next call fails").isTrue();
            assertThat(child.exitValue()).isEqualTo(1);
        } finally {
            child.destroyForcibly();
            server.close();
        }
    }
}
