package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.probe.Echo;
import dev.lambdaharness.testing.HandlerFrames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The error body's encoding: the RIC's Gson writes fields in order, leaves nulls out, escapes
 * quotes, backslashes, control characters, U+2028 and U+2029 but not HTML, and keeps characters
 * outside the BMP raw. Expected bytes are what the RIC 2.9.0 posted for the same message.
 */
class ErrorBodyTest {

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void messageCharactersAreEncodedAsTheRuntimeEncodesThem() throws Exception {
        // As JSON string content: an escaped quote, two escaped backslashes, escapes of control and separator characters.
        String message = "q\\\" b\\\\\\\\ <b>&amp; \\n\\t\\r\\b\\f \\u0001 \\u007f \\u2028 \\u2029 😀 é \\ud800 end";

        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Echo"), "\"throw:" + message + "\"");
        List<String> frames = HandlerFrames.thrownBy(new Echo(), "throw:" + message);

        assertThat(json(failure)).isEqualTo("{\"errorMessage\":\"q\\\" b\\\\\\\\ <b>&amp; \\n\\t\\r\\b\\f \\u0001 \u007f \\u2028 \\u2029 😀 é ? end\","
                + "\"errorType\":\"java.lang.IllegalStateException\","
                + "\"stackTrace\":[\"" + frames.get(0) + "\",\"" + frames.get(1) + "\"]}");
        assertThat(frames).hasSize(2);
    }

    @Test
    void nullFieldsAreLeftOut() {
        assertThat(new String(new ErrorBody("only", null, null).toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"errorMessage\":\"only\"}");
        assertThat(new String(new ErrorBody("m", "t", List.of()).toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"errorMessage\":\"m\",\"errorType\":\"t\",\"stackTrace\":[]}");
    }
}
