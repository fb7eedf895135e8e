package dev.lambdaharness.core.internal.handler;

import com.amazonaws.services.lambda.runtime.Context;
import dev.lambdaharness.testing.ProbeFunctionLoader;
import dev.lambdaharness.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads probe handlers as fresh environments would (one new function class loader each) and
 * keeps what the runtime printed on stderr while loading; closes the loaders when the test ends.
 */
final class Environments implements AutoCloseable {

    private final List<ProbeFunctionLoader> loaders = new ArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** Loads {@code handler} in a new environment. */
    FunctionHandler load(String handler) throws InitFailure {
        return load(handler, Set.of());
    }

    /** Loads {@code handler} in a new environment whose loader cannot find {@code hidden} and also sees {@code extraRoots}. */
    FunctionHandler load(String handler, Set<String> hidden, Path... extraRoots) throws InitFailure {
        ProbeFunctionLoader loader = ProbeFunctionLoader.create(hidden, extraRoots);
        loaders.add(loader);
        return HandlerLoader.load(handler, loader, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    /** @return the lines the runtime printed on stderr while loading, so far */
    List<String> stderrLines() {
        String text = stderr.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /** Invokes with a plain context; the payload and the response as UTF-8 text. */
    static String invoke(FunctionHandler handler, String payload) throws InvocationFailure {
        return invoke(handler, payload, TestContext.plain());
    }

    static String invoke(FunctionHandler handler, String payload, Context context) throws InvocationFailure {
        return new String(handler.handle(payload.getBytes(StandardCharsets.UTF_8), context), StandardCharsets.UTF_8);
    }

    /** @return the failure of one invocation that must fail */
    static InvocationFailure failure(FunctionHandler handler, String payload) {
        try {
            String response = invoke(handler, payload);
            throw new AssertionError("expected the invocation to fail, it returned " + response);
        } catch (InvocationFailure failure) {
            return failure;
        }
    }

    /** @return the body as the RIC posts it, as text */
    static String json(InvocationFailure failure) {
        return new String(failure.body().toJson(), StandardCharsets.UTF_8);
    }

    static String json(InitFailure failure) {
        return new String(failure.body().toJson(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        loaders.forEach(ProbeFunctionLoader::release);
    }
}
