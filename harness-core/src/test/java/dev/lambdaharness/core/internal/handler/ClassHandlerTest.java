package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.invoke;
import static dev.lambdaharness.core.internal.handler.Environments.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.probe.SwappedHandler;
import dev.lambdaharness.testing.HandlerFrames;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Class-only handlers ({@code com.example.Handler}). Expected values are what the RIC 2.9.0
 * returned for the same probes (runtime-facts.md §4.2, §4.4, and runs of the RIC against a
 * loopback Runtime API).
 */
class ClassHandlerTest {

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void stringInStringOut() throws Exception {
        FunctionHandler hello = environments.load("dev.lambdaharness.core.corpus.Hello");

        assertThat(invoke(hello, "\"world\"")).isEqualTo("\"hello world\"");
        assertThat(invoke(hello, "123")).isEqualTo("\"hello 123\"");
        assertThat(invoke(hello, "null")).isEqualTo("\"hello null\"");
    }

    @Test
    void jacksonEscapesCharactersOutsideTheBasicPlaneButNotOthers() throws Exception {
        FunctionHandler hello = environments.load("dev.lambdaharness.core.corpus.Hello");

        assertThat(invoke(hello, "\"😀 é ✓ \\u2028\"")).isEqualTo("\"hello \\uD83D\\uDE00 é ✓ \u2028\"");
    }

    @Test
    void streamHandlerGetsAndReturnsRawBytes() throws Exception {
        FunctionHandler echo = environments.load("dev.lambdaharness.core.probe.StreamEcho");

        assertThat(invoke(echo, "not json")).isEqualTo("not json");
        assertThat(invoke(echo, "{\"raw\": [1, 2]}")).isEqualTo("{\"raw\": [1, 2]}");
    }

    @Test
    void requestStreamHandlerWinsOverRequestHandler() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.StreamAndPojo"), "\"x\"")).isEqualTo("stream");
    }

    @Test
    void typesAreFoundThroughAGenericSuperclass() throws Exception {
        FunctionHandler sum = environments.load("dev.lambdaharness.core.probe.SumList");

        assertThat(invoke(sum, "[1,2,3]")).isEqualTo("6");
        assertThat(invoke(sum, "\"5\"")).as("a single value is wrapped into the list").isEqualTo("5");
    }

    @Test
    void aSubInterfacesOwnTypeArgumentsAreTakenAsRequestHandlers() throws Exception {
        // Swapped<O, I> extends RequestHandler<I, O>: the RIC reads Swapped<Integer, String> as input Integer.
        FunctionHandler swapped = environments.load("dev.lambdaharness.core.probe.SwappedHandler");
        // The cast that fails is in the bridge method, the one frame of the trace.
        List<String> frames = HandlerFrames.thrownBy(new SwappedHandler(), 5);
        assertThat(frames).hasSize(1);
        String bridge = frames.get(0);

        assertThat(json(failure(swapped, "\"abc\""))).isEqualTo(
                "{\"errorMessage\":\"An error occurred during JSON parsing\",\"errorType\":\"java.lang.RuntimeException\",\"stackTrace\":[]}");
        assertThat(json(failure(swapped, "5"))).isEqualTo("{\"errorMessage\":\"class java.lang.Integer cannot be cast to class "
                + "java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')\","
                + "\"errorType\":\"java.lang.ClassCastException\",\"stackTrace\":[\"" + bridge + "\"]}");
    }

    @Test
    void aBoundedTypeVariableIsReadAsItsBound() throws Exception {
        FunctionHandler bounded = environments.load("dev.lambdaharness.core.probe.Bounded");

        assertThat(invoke(bounded, "5")).isEqualTo("\"java.lang.Integer:5\"");
        assertThat(invoke(bounded, "5.5")).isEqualTo("\"java.lang.Double:5.5\"");
    }

    @Test
    void theInstanceIsCreatedOnceAtInitAndEachEnvironmentStartsCold() throws Exception {
        FunctionHandler first = environments.load("dev.lambdaharness.core.probe.Counter");
        assertThat(invoke(first, "\"x\"")).isEqualTo("\"1/1\"");
        assertThat(invoke(first, "\"x\"")).isEqualTo("\"1/2\"");

        FunctionHandler second = environments.load("dev.lambdaharness.core.probe.Counter");
        assertThat(invoke(second, "\"x\"")).as("a new environment runs static initialisers again").isEqualTo("\"1/1\"");
    }

    @Test
    void voidOutputOfARequestHandlerIsNull() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::boxedNothing"), "\"x\"")).isEqualTo("null");
    }
}
