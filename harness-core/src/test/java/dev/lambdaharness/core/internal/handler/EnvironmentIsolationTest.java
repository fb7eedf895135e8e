package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.invoke;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.S3_ECHOED;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.S3_EVENT;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.SCHEDULED_ECHOED;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.SCHEDULED_EVENT;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.SQS_ECHOED;
import static dev.lambdaharness.core.internal.handler.SerializerChoiceTest.SQS_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.testing.ProbeFunctionLoader;
import dev.lambdaharness.testing.TestContext;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many environments in one JVM, each with its own function class loader, as the in-process
 * runtime runs them: aws-lambda-java-serialization was written for one loader per JVM (by-name
 * class cache, S3 serialiser singletons), so these check that every environment still gets the
 * RIC's bytes, and that an environment leaves nothing behind.
 */
class EnvironmentIsolationTest {

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void eachEnvironmentGetsItsOwnEventClassesRight() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(invoke(environments.load("dev.lambdaharness.core.probe.SqsEcho"), SQS_EVENT)).as("SQS, environment %d", i).isEqualTo(SQS_ECHOED);
            assertThat(invoke(environments.load("dev.lambdaharness.core.probe.ScheduledEcho"), SCHEDULED_EVENT)).as("scheduled, environment %d", i).isEqualTo(SCHEDULED_ECHOED);
            assertThat(invoke(environments.load("dev.lambdaharness.core.probe.S3Echo"), S3_EVENT)).as("S3, environment %d", i).isEqualTo(S3_ECHOED);
        }
    }

    @Test
    void environmentsInvokedConcurrentlyStillGetTheirOwnEventClasses() throws Exception {
        List<FunctionHandler> handlers = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            handlers.add(environments.load("dev.lambdaharness.core.probe.ScheduledEcho"));
            events.add(SCHEDULED_EVENT);
            expected.add(SCHEDULED_ECHOED);
            handlers.add(environments.load("dev.lambdaharness.core.probe.S3Echo"));
            events.add(S3_EVENT);
            expected.add(S3_ECHOED);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int h = 0; h < handlers.size(); h++) {
                FunctionHandler handler = handlers.get(h);
                String event = events.get(h);
                Callable<List<String>> calls = () -> {
                    List<String> responses = new ArrayList<>();
                    for (int n = 0; n < 25; n++) {
                        responses.add(invoke(handler, event));
                    }
                    return responses;
                };
                results.add(pool.submit(calls));
            }
            for (int h = 0; h < handlers.size(); h++) {
                assertThat(results.get(h).get(30, TimeUnit.SECONDS)).containsOnly(expected.get(h));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEnvironmentsClassLoaderCanBeCollectedAfterUse() throws Exception {
        ReferenceQueue<ClassLoader> collected = new ReferenceQueue<>();
        WeakReference<ClassLoader> loader = useAndDropAnEnvironment(collected);

        for (int attempt = 0; attempt < 50 && loader.get() != null; attempt++) {
            System.gc();
            collected.remove(100);
        }
        assertThat(loader.get()).as("the environment's class loader is still reachable").isNull();
    }

    private static WeakReference<ClassLoader> useAndDropAnEnvironment(ReferenceQueue<ClassLoader> queue) throws Exception {
        ProbeFunctionLoader loader = ProbeFunctionLoader.create();
        String[][] calls = {
            {"dev.lambdaharness.core.probe.SqsEcho", SQS_EVENT},
            {"dev.lambdaharness.core.probe.ScheduledEcho", SCHEDULED_EVENT},
            {"dev.lambdaharness.core.probe.S3Echo", S3_EVENT},
            {"dev.lambdaharness.core.probe.ApiGatewayDates", "{\"path\":\"/x\"}"},
            {"dev.lambdaharness.core.probe.Pojos::greet", "{\"name\":\"Ann\",\"age\":7}"},
            {"dev.lambdaharness.core.probe.Pojos::dates", "{}"},
            {"dev.lambdaharness.core.corpus.Hello", "\"world\""},
        };
        for (String[] call : calls) {
            FunctionHandler handler = HandlerLoader.load(call[0], loader);
            handler.handle(call[1].getBytes(StandardCharsets.UTF_8), TestContext.plain());
        }
        loader.release();
        return new WeakReference<>(loader, queue);
    }
}
