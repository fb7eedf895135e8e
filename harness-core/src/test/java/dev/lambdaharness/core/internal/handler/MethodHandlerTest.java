package dev.lambdaharness.core.internal.handler;

import static dev.lambdaharness.core.internal.handler.Environments.failure;
import static dev.lambdaharness.core.internal.handler.Environments.invoke;
import static dev.lambdaharness.core.internal.handler.Environments.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Class::method} handlers: overload choice, supported shapes and the JSON the RIC's Jackson
 * reads and writes. Expected values are what the RIC 2.9.0 returned for the same probes
 * (runtime-facts.md §4.3-4.4).
 */
class MethodHandlerTest {

    private final Environments environments = new Environments();

    @AfterEach
    void close() {
        environments.close();
    }

    @Test
    void longestSignatureWinsWithTheContextBonus() throws Exception {
        // (String), (Map), (String, Context), (InputStream, OutputStream): (String, Context) ranks 3, the streams 2.
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Overloads::handle"), "\"x\"")).isEqualTo("\"string+context\"");
        assertThat(environments.stderrLines()).isEmpty();
    }

    @Test
    void staticMethodNeedsNoInstance() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::shout"), "\"x\"")).isEqualTo("\"X\"");
    }

    @Test
    void contextOnlyMethodIgnoresThePayload() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::requestId"), "not even json")).isEqualTo("\"req-1\"");
    }

    @Test
    void beanInputIgnoresUnknownAndDifferentlyCasedPropertiesAndCoercesStrings() throws Exception {
        FunctionHandler greet = environments.load("dev.lambdaharness.core.probe.Pojos::greet");

        assertThat(invoke(greet, "{\"name\":\"Ann\",\"age\":\"7\",\"Name\":\"no\",\"extra\":1}")).isEqualTo("\"hi Ann 7\"");
    }

    @Test
    void recordInputCannotBeBoundBecauseCreatorDetectionIsOff() throws Exception {
        InvocationFailure failure = failure(environments.load("dev.lambdaharness.core.probe.Pojos::record"), "{\"name\":\"Ann\",\"age\":7}");

        assertThat(json(failure)).isEqualTo(
                "{\"errorMessage\":\"An error occurred during JSON parsing\",\"errorType\":\"java.lang.RuntimeException\",\"stackTrace\":[]}");
        assertThat(failure.logText()).contains("Cannot construct instance of `dev.lambdaharness.core.probe.PersonRecord` (no Creators, like default constructor, exist)");
    }

    @Test
    void mapInputGivesJacksonsDefaultTypesAndNullValuesAreLeftOutOfTheOutput() throws Exception {
        FunctionHandler echo = environments.load("dev.lambdaharness.core.probe.Pojos::echoMap");

        assertThat(invoke(echo, "{\"s\":\"x\",\"i\":1,\"l\":12345678901,\"d\":1.5,\"a\":[1],\"n\":null,\"o\":{\"k\":true}}")).isEqualTo(
                "{\"s\":\"x\",\"i\":1,\"l\":12345678901,\"d\":1.5,\"a\":[1],\"o\":{\"k\":true},"
                        + "\"types\":[\"String\",\"Integer\",\"Long\",\"Double\",\"ArrayList\",\"null\",\"LinkedHashMap\"]}");
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::nullValues"), "{}")).isEqualTo("{\"b\":1}");
    }

    @Test
    void datesAndOptionals() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::dates"), "{}")).isEqualTo(
                "{\"date\":1700000000123,\"instant\":1700000000.123000000,\"localDate\":[2024,1,2],\"empty\":null,\"present\":\"x\"}");
    }

    @Test
    void byteArrayIsBase64() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::bytes"), "{}")).isEqualTo("\"aGk=\"");
    }

    @Test
    void voidVoidAndNullReturnAllGiveNull() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::nothing"), "\"x\"")).isEqualTo("null");
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::boxedNothing"), "\"x\"")).isEqualTo("null");
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.Pojos::returnsNull"), "\"x\"")).isEqualTo("null");
    }

    @Test
    void aSingleValueIsWrappedWhereAListIsExpected() throws Exception {
        FunctionHandler list = environments.load("dev.lambdaharness.core.probe.Failures::list");

        assertThat(invoke(list, "\"5\"")).isEqualTo("[\"5\"]");
        assertThat(invoke(list, "[1,\"a\"]")).isEqualTo("[\"1\",\"a\"]");
    }

    @Test
    void streamMethodCopiesBytes() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.StreamMethods::copy"), "abc")).isEqualTo("abc");
    }

    @Test
    void streamMethodWithoutOutputStreamAnswersNullAndItsReturnValueIsIgnored() throws Exception {
        FunctionHandler consume = environments.load("dev.lambdaharness.core.probe.StreamMethods::consume");

        assertThat(environments.stderrLines()).containsExactly("Will ignore return type class java.lang.String on byte stream handler");
        assertThat(invoke(consume, "abc")).isEqualTo("null");
    }

    @Test
    void streamMethodWithOutputStreamAndContext() throws Exception {
        assertThat(invoke(environments.load("dev.lambdaharness.core.probe.StreamMethods::write"), "abc")).isEqualTo("{\"id\":\"req-1\"}");
    }

    @Test
    void instanceMethodsShareOneInstanceCreatedAtInit() throws Exception {
        FunctionHandler counter = environments.load("dev.lambdaharness.core.probe.Counter::handleRequest");

        assertThat(invoke(counter, "\"x\"")).isEqualTo("\"1/1\"");
        assertThat(invoke(counter, "\"x\"")).isEqualTo("\"1/2\"");
    }
}
