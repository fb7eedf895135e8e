package dev.lambdaharness.core.oracle;

import dev.lambdaharness.core.internal.child.ChildRequest;
import dev.lambdaharness.core.internal.child.RicRuntimeLibraries;
import dev.lambdaharness.core.internal.child.TaskRoots;
import dev.lambdaharness.core.oracle.probe.HelloHandler;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A task root holding the probe handlers plus aws-lambda-java-events and joda-time in lib/, as a deployment package would. */
final class OracleFixtures {

    static final String PROBE = "dev.lambdaharness.core.oracle.probe.";
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private OracleFixtures() {
    }

    static Path testClasses() {
        try {
            return Path.of(HelloHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path eventsJar() {
        return RicRuntimeLibraries.locate("com/amazonaws/services/lambda/runtime/events/SQSEvent.class",
                "com.amazonaws:aws-lambda-java-events");
    }

    static Path jodaTimeJar() {
        return RicRuntimeLibraries.locate("org/joda/time/DateTime.class", "joda-time:joda-time");
    }

    static Path taskRoot(Path directory) {
        return TaskRoots.materialise(directory.resolve("task"), List.of(testClasses(), eventsJar(), jodaTimeJar()));
    }

    static ChildRequest request(RicOracle oracle, String json) {
        return ChildRequest.of(json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30), oracle.functionArn());
    }
}
