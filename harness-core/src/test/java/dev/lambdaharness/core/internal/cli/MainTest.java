package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MainTest extends MainRun {

    @Test
    void printsThePayloadOnStdoutAndTheLogsOnStderr() {
        int status = run("\"world\"", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello",
                "--classpath", classpath(), "--event", "-");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("\"hello world\"\n");
        assertThat(err()).contains("START RequestId: ").contains("END RequestId: ").contains("REPORT RequestId: ");
    }

    @Test
    void repeatedEventsRunOnOneEnvironmentFirstColdThenWarm() throws IOException {
        JsonNode second = runColdThenWarm()[1];

        assertThat(second.get("error").isNull()).isTrue();
        assertThat(second.get("logs").get(0).asText()).startsWith("START RequestId: ");
    }

    @Test
    void functionErrorPrintsTheErrorDocumentAndExitsOne() {
        int status = run("\"x\"", "invoke", "--handler", "dev.lambdaharness.core.corpus.Throws",
                "--classpath", classpath(), "--event", "-");

        assertThat(status).isEqualTo(1);
        assertThat(out()).startsWith("{\"errorMessage\":\"boom \\\"quoted\\\" <b>\",\"errorType\":\"java.lang.IllegalStateException\"");
    }

    @Test
    void missingOptionIsBadUsageWithAMessage() {
        int status = run("", "invoke", "--classpath", classpath(), "--event", "-");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("lambda-harness: --handler is missing. Name the handler, e.g. --handler"
                + " com.example.Handler::handleRequest.\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void unknownOptionAndCommandAreBadUsage() {
        assertThat(run("", "invoke", "--memroy", "512")).isEqualTo(2);
        assertThat(err()).contains("Unknown option '--memroy'");
        assertThat(run("", "deploy")).isEqualTo(2);
        assertThat(err()).contains("Unknown command 'deploy'. The command is 'invoke'.");
    }

    @Test
    void settingLambdaWouldRefuseIsBadUsage() {
        int status = run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello",
                "--classpath", classpath(), "--event", "-", "--memory", "64");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("lambda-harness: memorySize 64 is out of range: Lambda accepts 128 to 10240 MB");
    }

    @Test
    void eventThatIsNotJsonIsBadUsage() {
        int status = run("hello", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello",
                "--classpath", classpath(), "--event", "-");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("lambda-harness: The payload is not JSON");
    }

    @Test
    void missingEventFileAndClasspathAreBadUsage() {
        assertThat(run("", "invoke", "--handler", "a.B", "--classpath", classpath(), "--event", "nope.json"))
                .isEqualTo(2);
        assertThat(err()).contains("lambda-harness: event file nope.json does not exist.");
        assertThat(run("{}", "invoke", "--handler", "a.B", "--classpath", "no/such/dir", "--event", "-"))
                .isEqualTo(2);
        assertThat(err()).contains("does not exist. Build the project first (mvn package) or correct the path.");
    }

    @Test
    void environmentVariablesReachTheFunction() {
        int status = run("\"GREETING\"", "invoke", "--handler", "dev.lambdaharness.core.corpus.EnvironmentEcho",
                "--classpath", classpath(), "--event", "-", "--env", "GREETING=hi");

        assertThat(status).isZero();
        assertThat(out()).isEqualTo("\"hi\"\n");
    }

    @Test
    void aDebugPortSwitchesTimeoutsOffAndAPortOutOfRangeIsBadUsage() {
        int status = run("1500", "invoke", "--handler", "dev.lambdaharness.core.corpus.Sleeps",
                "--classpath", classpath(), "--event", "-", "--timeout", "1", "--debug-port", "5005");

        assertThat(status).as(err()).isZero();
        assertThat(out()).isEqualTo("\"slept, 0 ms left\"\n");
        assertThat(run("{}", "invoke", "--handler", "a.B", "--classpath", classpath(), "--event", "-", "--debug-port", "0"))
                .isEqualTo(2);
        assertThat(err()).contains("lambda-harness: debugPort 0 is no TCP port. Give one from 1 to 65535");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("", "invoke", "--help")).isZero();
        assertThat(err()).contains("Usage: lambda-harness invoke --handler HANDLER");
    }
}
