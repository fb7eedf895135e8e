package dev.lambdaharness.core.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.core.corpus.CorpusCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
        assertThat(err()).contains("Unknown command 'deploy'. The commands are 'invoke', 'start-lambda' and 'start-api'.");
    }

    @Test
    void settingLambdaWouldRefuseIsBadUsage() {
        int status = run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello",
                "--classpath", classpath(), "--event", "-", "--memory", "64");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("lambda-harness: --memory 64 is out of range: Lambda accepts 128 to 10240 MB.");
        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello",
                "--classpath", classpath(), "--event", "-", "--memory", "99999999999")).isEqualTo(2);
        assertThat(err()).contains("lambda-harness: --memory 99999999999 is out of range: Lambda accepts 128 to 10240"
                + " MB. Give a whole number from 128 to 10240.");
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
        assertThat(err()).contains("lambda-harness: --debug-port 0 is out of range: a TCP port is 1 to 65535.");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("", "invoke", "--help")).isZero();
        assertThat(err()).contains("Usage: lambda-harness invoke --handler HANDLER");
    }

    @Test
    void anEventThatIsADirectorySaysSo() {
        assertThat(run("", "invoke", "--handler", "a.B", "--classpath", classpath(), "--event", dir.toString()))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("lambda-harness: event file " + dir + " is a directory, not a file. Give a readable"
                + " JSON file, or - for standard input.\n");
    }

    /** Root reads any file, so this runs for other users (CI); {@code InputFilesTest} holds the wording for all. */
    @Test
    void anEventThatCannotBeReadSaysPermissionDenied() throws IOException {
        Path unreadable = Files.writeString(dir.resolve("unreadable.json"), "{}");
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("-w-------"));
        assumeThat(Files.isReadable(unreadable)).as("permissions bind this user (not root)").isFalse();
        assertThat(run("", "invoke", "--handler", "a.B", "--classpath", classpath(), "--event", unreadable.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("lambda-harness: event file " + unreadable + " cannot be read: permission denied.");
    }

    @Test
    void anEnvironmentFileInSamCliFormatGivesEveryFunctionsAndThisFunctionsVariablesUnderThoseOfEnv() throws IOException {
        Path env = Files.writeString(dir.resolve("env.json"), "{\"Parameters\": {\"GREETING\": \"file\","
                + " \"TABLE\": \"all\", \"RETRIES\": 3}, \"EnvironmentEcho\": {\"TABLE\": \"orders\"}}");
        String[] events = echoing("GREETING", "TABLE", "RETRIES");

        int status = run("", "invoke", "--handler", "dev.lambdaharness.core.corpus.EnvironmentEcho", "--classpath",
                classpath(), "--env-file", env.toString(), "--env", "GREETING=cli", "--event", events[0], "--event",
                events[1], "--event", events[2]);

        assertThat(status).as(err()).isZero();
        assertThat(out()).isEqualTo("\"cli\"\n\"orders\"\n\"3\"\n"); // the member is the function's name, by default its class's
        assertThat(err()).doesNotContain("lambda-harness:");
    }

    @Test
    void aFunctionTheEnvironmentFileDoesNotNameGetsOnlyItsParametersAndIsWarned() throws IOException {
        Path env = Files.writeString(dir.resolve("env.json"),
                "{\"Parameters\": {\"TABLE\": \"all\"}, \"OrdersFunction\": {\"TABLE\": \"orders\"}}");
        String[] events = echoing("TABLE", "AWS_LAMBDA_FUNCTION_NAME");

        int status = run("", "invoke", "--handler", "dev.lambdaharness.core.corpus.EnvironmentEcho", "--classpath",
                classpath(), "--env-file", env.toString(), "--function-name", "orders-prod", "--event", events[0],
                "--event", events[1]);

        assertThat(status).as(err()).isZero();
        assertThat(out()).isEqualTo("\"all\"\n\"orders-prod\"\n");
        assertThat(err()).startsWith("lambda-harness: --env-file " + env + " has no member for function 'orders-prod'"
                + " (it has OrdersFunction), so only its Parameters apply. Name the function with --function-name.\n");
    }

    @Test
    void anEnvironmentFileSamCliWouldRefuseIsBadUsage() throws IOException {
        Path env = Files.writeString(dir.resolve("env.json"), "{\"TABLE\": \"orders\"}");

        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath", classpath(),
                "--env-file", env.toString(), "--event", "-")).isEqualTo(2);
        assertThat(err()).isEqualTo("lambda-harness: In environment variables file " + env + ", \"TABLE\" holds the"
                + " text \"orders\", not an object of variables. Write it as \"TABLE\": {\"KEY\": \"value\"}.\n");
    }

    @Test
    void theRuntimeOptionSetsTheFunctionsRuntime() throws IOException {
        int status = run("", "invoke", "--handler", "dev.lambdaharness.core.corpus.EnvironmentEcho", "--classpath",
                classpath(), "--runtime", "java17", "--event", echoing("AWS_EXECUTION_ENV")[0]);

        assertThat(status).as(err()).isZero();
        assertThat(out()).isEqualTo("\"AWS_Lambda_java17\"\n");
    }

    @Test
    void layersAreZipsOrFoldersLaidOutAsOptAndTheFunctionSeesTheirJars() throws IOException {
        assertThat(runSqsBatch()).isEqualTo(1); // without the layer, aws-lambda-java-events is missing
        assertThat(err()).contains("ClassNotFoundException: com.amazonaws.services.lambda.runtime.events.SQSEvent");

        for (Path layer : new Path[] {eventsLayer(false), eventsLayer(true)}) {
            assertThat(runSqsBatch("--layer", layer.toString())).as(err()).isZero();
            assertThat(out()).endsWith("{\"batchItemFailures\":[]}\n");
        }
    }

    @Test
    void aZipAloneIsADeploymentPackageAndBesideOtherEntriesItIsRefusedWithWhatToWrite() throws IOException {
        Path hello = CorpusCode.testClasses().resolve("dev/lambdaharness/core/corpus/Hello.class");
        Path deployment = zip(dir.resolve("function.zip"), Map.of("dev/lambdaharness/core/corpus/Hello.class", hello));
        assertThat(run("\"zip\"", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath",
                deployment.toString(), "--event", "-")).as(err()).isZero();
        assertThat(out()).isEqualTo("\"hello zip\"\n");

        Path layer = eventsLayer(false);
        String classes = CorpusCode.testClasses().toString();
        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.SqsBatch", "--classpath",
                classes + java.io.File.pathSeparator + layer, "--event", "-")).isEqualTo(2);
        assertThat(err()).endsWith("lambda-harness: --classpath entry " + layer + " is a layer (it holds"
                + " java/lib/*.jar): Lambda puts a layer in /opt, not on the function's class path. Give it with"
                + " --layer " + layer + ".\n");
        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.Hello", "--classpath",
                classes + java.io.File.pathSeparator + deployment, "--event", "-")).isEqualTo(2);
        assertThat(err()).endsWith("lambda-harness: --classpath entry " + deployment + " is a .zip among other"
                + " entries, but Lambda runs one deployment package. Give the .zip alone (--classpath " + deployment
                + "), or its classes and jars unpacked.\n");
        assertThat(run("{}", "invoke", "--handler", "dev.lambdaharness.core.corpus.SqsBatch", "--classpath",
                layer.toString(), "--event", "-")).isEqualTo(2);
        assertThat(err()).endsWith("lambda-harness: --classpath " + layer + " is a layer: it holds java/lib/*.jar and no"
                + " classes of its own, and Lambda puts a layer in /opt, not in the function's package. Give it with"
                + " --layer " + layer + ", and the function's code with --classpath.\n");
    }

    /** Event files that each name one environment variable, for {@code EnvironmentEcho}. */
    private String[] echoing(String... names) throws IOException {
        String[] files = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = Files.writeString(dir.resolve(names[i] + ".json"), "\"" + names[i] + "\"").toString();
        }
        return files;
    }
}
