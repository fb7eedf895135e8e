package dev.lambdaharness.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.lambdaharness.core.InvalidConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAM CLI's {@code --env-vars} file, read by SAM CLI's rules (samcli/commands/local/lib/local_lambda.py, env_vars.py). */
class EnvVarsFileTest {

    @TempDir
    Path dir;

    @Test
    void parametersApplyToEveryFunctionAndAFunctionsOwnMemberWinsKeepingTheFirstOrder() {
        EnvVarsFile file = EnvVarsFile.parse("{\"Parameters\": {\"STAGE\": \"test\", \"TABLE\": \"all\"},"
                + " \"Orders\": {\"TABLE\": \"orders\", \"QUEUE\": \"q\"}}", "env.json");

        assertThat(file.variablesFor("Orders"))
                .containsExactly(entry("STAGE", "test"), entry("TABLE", "orders"), entry("QUEUE", "q"));
        assertThat(file.variablesFor("Other")).containsExactly(entry("STAGE", "test"), entry("TABLE", "all"));
        assertThat(file.functionNames()).containsExactly("Orders");
    }

    @Test
    void theFirstNonEmptyMemberAmongTheFunctionsNamesIsItsOwnAsSamCliMatchesLogicalIdThenFunctionName() {
        EnvVarsFile file = EnvVarsFile.parse("{\"OrdersFunction\": {}, \"orders-prod\": {\"A\": \"by name\"},"
                + " \"Orders\": {\"A\": \"by id\"}}", "env.json");

        assertThat(file.variablesFor("OrdersFunction", "orders-prod", "Orders")).containsExactly(entry("A", "by name"));
        assertThat(file.variablesFor("Orders", "orders-prod")).containsExactly(entry("A", "by id"));
    }

    @Test
    void valuesBecomeTextAsSamCliPrintsThemWithPython() {
        EnvVarsFile file = EnvVarsFile.parse("{\"Parameters\": {\"YES\": true, \"NO\": false, \"NONE\": null,"
                + " \"REF\": {\"Ref\": \"Table\"}, \"LIST\": [1], \"INT\": 42, \"NEG\": -7,"
                + " \"BIG\": 123456789012345678901234567890, \"HALF\": 1.5, \"WHOLE\": 3.0, \"E\": 1E2,"
                + " \"HUGE\": 1e16, \"LARGE\": 1e15, \"TINY\": 0.00001, \"SMALL\": 0.0001, \"LONGF\": 123456789012345678.0,"
                + " \"MINUSZERO\": -0.0, \"NAN\": NaN, \"INF\": -Infinity, \"TEXT\": \"as is\"}}", "env.json");

        assertThat(file.variablesFor()).containsExactly(entry("YES", "true"), entry("NO", "false"), entry("NONE", ""),
                entry("REF", ""), entry("LIST", ""), entry("INT", "42"), entry("NEG", "-7"),
                entry("BIG", "123456789012345678901234567890"), entry("HALF", "1.5"), entry("WHOLE", "3.0"),
                entry("E", "100.0"), entry("HUGE", "1e+16"), entry("LARGE", "1000000000000000.0"),
                entry("TINY", "1e-05"), entry("SMALL", "0.0001"), entry("LONGF", "1.2345678901234568e+17"),
                entry("MINUSZERO", "-0.0"), entry("NAN", "nan"), entry("INF", "-inf"), entry("TEXT", "as is"));
    }

    @Test
    void aMemberThatIsNotAnObjectRefusesTheWholeFileAsSamCliDoes() {
        assertThatThrownBy(() -> EnvVarsFile.parse("{\"Parameters\": {\"A\": \"b\"}, \"TABLE\": \"orders\"}", "env.json"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("In environment variables file env.json, \"TABLE\" holds the text \"orders\", not an object"
                        + " of variables. Write it as \"TABLE\": {\"KEY\": \"value\"}.");
    }

    @Test
    void aFileThatIsNotAnObjectOrNotJsonIsRefusedWithTheShapeToWrite() {
        assertThatThrownBy(() -> EnvVarsFile.parse("[{\"A\": \"b\"}]", "env.json"))
                .hasMessage("Environment variables file env.json holds an array, not an object. Write it as"
                        + " {\"Parameters\": {\"KEY\": \"value\"}, \"FunctionName\": {\"KEY\": \"value\"}}.");
        assertThatThrownBy(() -> EnvVarsFile.parse("", "env.json"))
                .hasMessageStartingWith("Environment variables file env.json holds nothing, not an object.");
        assertThatThrownBy(() -> EnvVarsFile.parse("{\n\"Parameters\": {A=b}}", "env.json"))
                .hasMessageStartingWith("Environment variables file env.json is not JSON (Unexpected character ('A'")
                .hasMessageContaining(", line 2). Write it as sam local invoke --env-vars reads it:");
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> EnvVarsFile.read(missing))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Environment variables file " + missing + " does not exist. Give a JSON file such as"
                        + " {\"Parameters\": {\"TABLE\": \"orders\"}}.");
        assertThatThrownBy(() -> EnvVarsFile.read(dir))
                .hasMessageStartingWith("Environment variables file " + dir + " is a directory, not a file.");
        Path file = Files.writeString(dir.resolve("env.json"), "{\"Parameters\": {\"A\": \"b\"}}");
        assertThat(EnvVarsFile.read(file).variablesFor("any")).containsExactly(entry("A", "b"));
        assertThat(EnvVarsFile.read(file).source()).isEqualTo(file.toString());
    }
}
