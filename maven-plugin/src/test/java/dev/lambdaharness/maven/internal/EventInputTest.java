package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventInputTest {

    @Test
    void aCommaSplitsParametersOnlyBeforeAnotherName() {
        assertThat(EventInput.parameters("body={\"a\":1,\"b\":[2,3]},queue=orders, region=eu-west-1", "parameters"))
                .containsExactly(Map.entry("body", "{\"a\":1,\"b\":[2,3]}"), Map.entry("queue", "orders"), Map.entry("region", "eu-west-1"));
        assertThat(EventInput.parameters("body=a=b", "parameters")).containsExactly(Map.entry("body", "a=b"));
        assertThat(EventInput.parameters(null, "parameters")).isEmpty();
    }

    @Test
    void anEntryWithoutANameIsRefusedWithTheForm() {
        assertThatThrownBy(() -> EventInput.parameters("hi", "parameters"))
                .hasMessage("parameters entry 'hi' is not name=value; write the fixture's parameters as"
                        + " -Dparameters=body=hi,queue=orders.");
    }

    @Test
    void prettyPrintingKeepsEveryDigit() {
        assertThat(EventInput.pretty("{\"price\":1.50,\"big\":12345678901234567890,\"e\":1E+2}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\n  \"price\" : 1.50,\n  \"big\" : 12345678901234567890,\n  \"e\" : 1E+2\n}");
    }

    @Test
    void theCommandsProblemLinesAreKeptAndEverythingPassesOn() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ProblemLines lines = new ProblemLines(new PrintStream(target, true, StandardCharsets.UTF_8));
        PrintStream stream = lines.stream();

        stream.println("START RequestId: 1 Version: $LATEST");
        stream.println("lambda-harness: --memory 64 is out of range.");
        stream.print("lambda-harness: not a whole line");

        assertThat(lines.problems()).containsExactly("--memory 64 is out of range.");
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("START RequestId: 1 Version: $LATEST\n"
                + "lambda-harness: --memory 64 is out of range.\nlambda-harness: not a whole line");
    }
}
