package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.events.Events;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each contract check passes on a compliant function and fails, with its message, on a violating one. */
class ContractChecksTest {

    private static final String FIXTURES = "dev.lambdaharness.conformance.fixtures.contract.";
    private static final FunctionCode CODE = FunctionCode.fromPaths(FixtureCode.testClassesAndLibraries());

    @TempDir
    Path temp;

    @Test
    void aCompliantFunctionPassesEveryCheckThatCanRunInProcess() {
        ConformanceReport report = checks(function("receipts", "Receipts", c -> c).ignoring("/receiptId"));

        assertThat(report.results()).extracting(CheckResult::check, CheckResult::outcome).containsExactly(
                tuple("init-within-limit", Outcome.PASSED), tuple("completes-within-timeout", Outcome.PASSED),
                tuple("memory-within-size", Outcome.NOT_RUN), tuple("cold-warm-same-result", Outcome.PASSED),
                tuple("redelivery-same-result", Outcome.PASSED), tuple("tmp-within-ephemeral-storage", Outcome.PASSED),
                tuple("environment-within-4kb", Outcome.PASSED), tuple("package-size", Outcome.NOT_RUN),
                tuple("no-threads-left", Outcome.PASSED), tuple("no-runtime-self-invocation", Outcome.PASSED));
        assertThat(message(report, "receipts", "cold-warm-same-result"))
                .isEqualTo("receipts gave the same results cold and warm on 1 event(s), ignoring /receiptId");
        assertThat(message(report, "receipts", "memory-within-size")).isEqualTo("in-process environments share the test JVM's"
                + " heap, so no Max Memory Used is measured: run the suite with Isolation.FORKED to check memory");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void withoutTheIgnoredPathTheGeneratedIdIsADifference() {
        ConformanceReport report = checks(function("receipts", "Receipts", c -> c));

        assertThat(failure(report, "receipts", "cold-warm-same-result")).startsWith(
                "receipts gave another result on a warm environment than on a cold one for event sqs/receive-message: at /receiptId cold ");
    }

    @Test
    void aStaticCounterInTheResultFailsColdVersusWarm() {
        ConformanceReport report = checks(function("counter", "Counter", c -> c));

        assertThat(failure(report, "counter", "cold-warm-same-result")).isEqualTo("counter gave another result on a warm"
                + " environment than on a cold one for event sqs/receive-message: at /served cold 1, warm 2. State left by an"
                + " earlier invocation changes the result: keep per-request data in local variables, or ignore the path if it"
                + " differs by design");
    }

    @Test
    void failingOnARepeatedEventFailsTheRedeliveryCheck() {
        ConformanceReport report = checks(function("dedupe", "Dedupe", c -> c));

        assertThat(failure(report, "dedupe", "redelivery-same-result")).isEqualTo("dedupe failed when event"
                + " sqs/receive-message was delivered again: failed with java.lang.IllegalStateException: message"
                + " " + firstMessageId() + " was processed already. Lambda delivers an event more than once"
                + " (async retries, SQS redelivery): make handling it twice harmless");
        assertThat(report.result("dedupe", "redelivery-same-result").orElseThrow().evidence()).isNotEmpty();
    }

    @Test
    void aThreadLeftRunningFailsTheThreadCheck() {
        ConformanceReport report = checks(function("reminder", "Reminder", c -> c));

        assertThat(failure(report, "reminder", "no-threads-left")).isEqualTo("reminder left thread(s) reminder running after"
                + " the invocation of event sqs/receive-message (cold): Lambda freezes the environment when the handler returns,"
                + " so join them or shut their executor down before returning");
    }

    @Test
    void writing600MegabytesToTmpFailsTheEphemeralStorageCheck() {
        ConformanceReport report = checks(function("exports", "Exports", c -> c));

        assertThat(failure(report, "exports", "tmp-within-ephemeral-storage")).isEqualTo("exports wrote past its 512 MB of"
                + " ephemeral storage in /tmp on event sqs/receive-message (No space left on device): delete files it no longer"
                + " needs, or raise the ephemeral storage size");
    }

    @Test
    void anInvocationPastTheTimeoutFailsTheTimeoutCheck() {
        ConformanceReport report = checks(function("slow", "Slow", c -> c.timeout(1)));

        assertThat(failure(report, "slow", "completes-within-timeout")).isEqualTo("slow timed out after its 1 s timeout on"
                + " event sqs/receive-message (cold): finish sooner, or raise the timeout if the work needs it");
    }

    @Test
    void aFailingInitFailsTheInitCheck() {
        ConformanceReport report = checks(function("broken", "Broken", c -> c));

        assertThat(failure(report, "broken", "init-within-limit")).isEqualTo("broken (" + FIXTURES + "Broken) did not initialise"
                + " within Lambda's 10 s INIT limit on event sqs/receive-message: INIT failed with"
                + " java.lang.ExceptionInInitializerError: Error loading class " + FIXTURES + "Broken");
    }

    @Test
    void invokingItselfFailsTheSelfInvocationCheck() {
        ConformanceReport report = checks(function("paginate", "Paginate", c -> c.functionName("paginate")));

        assertThat(failure(report, "paginate", "no-runtime-self-invocation")).isEqualTo("paginate invoked itself (paginate)"
                + " through the Lambda Invoke API on event sqs/receive-message (cold): carry the work on in a loop, or hand the"
                + " next step to a queue or a state machine");
    }

    @Test
    void anEnvironmentOver4KilobytesFailsTheEnvironmentCheck() {
        ConformanceReport report = checks(function("receipts", "Receipts", c -> c.environment("NOTES", "n".repeat(4100))));

        assertThat(failure(report, "receipts", "environment-within-4kb")).isEqualTo("receipts: environment variables take 4112"
                + " bytes: Lambda was unable to configure your environment variables because the environment variables you have"
                + " provided exceeded the 4KB limit (InvalidParameterValueException). Keep them under 4096 bytes, for example by"
                + " moving large values to a file or a parameter store.");
        assertThat(report.result("receipts", "cold-warm-same-result").orElseThrow().outcome()).isEqualTo(Outcome.NOT_RUN);
    }

    @Test
    void aPackageOver250MegabytesUnzippedFailsAndOver50ZippedWarns() throws IOException {
        Path large = zip("large.zip", 251, true);
        Path heavy = zip("heavy.jar", 51, false);

        ConformanceReport report = checks(function("large", "Receipts", c -> c).ignoring("/receiptId").deploymentPackage(large),
                function("heavy", "Receipts", c -> c).ignoring("/receiptId").deploymentPackage(heavy));

        assertThat(failure(report, "large", "package-size")).isEqualTo("large's deployment package large.zip takes 251.0 MB"
                + " unzipped with its layers, over Lambda's 250 MB: leave out what the function does not use, or deploy it as a"
                + " container image");
        CheckResult warning = report.result("heavy", "package-size").orElseThrow();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(warning.message()).isEqualTo("heavy's deployment package heavy.jar is 51.0 MB zipped, over the 50 MB Lambda"
                + " takes in a direct upload: upload it through S3 (as SAM and CDK do), or make it smaller");
    }

    @Test
    void eventsNamedByFileAndByBuilderAreTheOnesRun() throws IOException {
        Path file = Files.writeString(temp.resolve("order.json"), "{\"Records\":[{\"messageId\":\"m-1\"}]}");

        ConformanceReport report = checks(
                ConformanceFunction.builder("receipts", FunctionConfig.builder(FIXTURES + "Receipts"), CODE)
                        .event(file).event("ten messages", Events.sqs().messages(10, i -> "{}").build()).ignoring("/receiptId"),
                ConformanceFunction.builder("counter", FunctionConfig.builder(FIXTURES + "Counter"), CODE)
                        .event("ten messages", Events.sqs().messages(10, i -> "{}").build()),
                ConformanceFunction.builder("dedupe", FunctionConfig.builder(FIXTURES + "Dedupe"), CODE).event(file));

        assertThat(message(report, "receipts", "cold-warm-same-result"))
                .isEqualTo("receipts gave the same results cold and warm on 2 event(s), ignoring /receiptId");
        assertThat(failure(report, "counter", "cold-warm-same-result"))
                .startsWith("counter gave another result on a warm environment than on a cold one for event ten messages: ");
        assertThat(failure(report, "dedupe", "redelivery-same-result")).startsWith("dedupe failed when event " + file
                + " was delivered again: failed with java.lang.IllegalStateException: message m-1 was processed already.");
    }

    @Test
    void aFixtureThatDoesNotFitTheInputTypeIsRefused() {
        assertThatThrownBy(() -> checks(ConformanceFunction.builder("queue", FunctionConfig.builder(FIXTURES + "Queue"), CODE)
                .event("s3/object-created-put")))
                .hasMessage("event s3/object-created-put of function queue is written for S3Event, but "
                        + FIXTURES + "Queue takes SQSEvent: name a fixture written for SQSEvent (sqs/fifo-batch,"
                        + " sqs/receive-message, sqs/standard-batch) or a JSON file of your own");
    }

    @Test
    void withoutNamedEventsTheFixturesOfTheInputTypeAreChosen() {
        ConformanceReport report = checks(ConformanceFunction.builder("queue", FunctionConfig.builder(FIXTURES + "Queue"), CODE));

        assertThat(message(report, "queue", "cold-warm-same-result"))
                .isEqualTo("queue gave the same results cold and warm on 3 event(s)");
    }

    @Test
    void withoutAFittingEventTheInvocationChecksDoNotRun() {
        ConformanceReport report = checks(ConformanceFunction.builder("receipts", FunctionConfig.builder(FIXTURES + "Receipts"), CODE));

        assertThat(report.result("receipts", "cold-warm-same-result").orElseThrow().outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(message(report, "receipts", "cold-warm-same-result")).isEqualTo("no event: " + FIXTURES + "Receipts takes Map,"
                + " for which no built-in fixture is written; name events for receipts (fixture ids, files or builders' payloads,"
                + " ConformanceFunction.Builder.event)");
    }

    @Test
    void aPathThatIsNoJsonPointerIsRefused() {
        assertThatThrownBy(() -> function("receipts", "Receipts", c -> c).ignoring("body.orderId"))
                .hasMessage("'body.orderId' is not a JSON path to ignore: write a JSON Pointer (RFC 6901) such as /body/orderId"
                        + " or /items/0/createdAt, starting with / and escaping ~ as ~0 and / as ~1");
    }

    @Test
    void aPackageThatIsNoZipIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("orders.txt"), "not a zip");

        assertThatThrownBy(() -> checks(function("receipts", "Receipts", c -> c).deploymentPackage(text)))
                .hasMessage("deployment package " + text + " is not a zip or jar file: give the .zip or .jar you upload to"
                        + " Lambda (mvn package builds one), not a folder or another kind of file");
    }

    /** The id the built-in SQS fixture gives its message (a fixture parameter's default). */
    private static Object firstMessageId() {
        java.util.List<?> records = (java.util.List<?>) dev.lambdaharness.events.EventFixtures.get("sqs/receive-message").asMap().get("Records");
        return ((Map<?, ?>) records.get(0)).get("messageId");
    }

    private Path zip(String name, int megabytes, boolean deflated) throws IOException {
        Path file = temp.resolve(name);
        byte[] chunk = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(1);
            ZipEntry entry = new ZipEntry("lib/big.bin");
            if (!deflated) {
                entry.setMethod(ZipEntry.STORED);
                entry.setSize((long) megabytes * chunk.length);
                entry.setCompressedSize((long) megabytes * chunk.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                for (int i = 0; i < megabytes; i++) {
                    crc.update(chunk);
                }
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            for (int i = 0; i < megabytes; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return file;
    }

    private static ConformanceFunction.Builder function(String name, String handler, UnaryOperator<FunctionConfig.Builder> settings) {
        return ConformanceFunction.builder(name, settings.apply(FunctionConfig.builder(FIXTURES + handler)), CODE)
                .event("sqs/receive-message");
    }

    private static ConformanceReport checks(ConformanceFunction.Builder... functions) {
        ConformanceSuite.Builder suite = ConformanceSuite.builder().rules(false);
        for (ConformanceFunction.Builder function : functions) {
            suite.function(function.build());
        }
        return suite.build().run();
    }

    private static String message(ConformanceReport report, String function, String check) {
        return report.result(function, check).orElseThrow().message();
    }

    private static String failure(ConformanceReport report, String function, String check) {
        CheckResult result = report.result(function, check).orElseThrow();
        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.FAILED);
        return result.message();
    }
}
