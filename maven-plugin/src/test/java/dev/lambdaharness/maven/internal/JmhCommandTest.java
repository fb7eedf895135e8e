package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhCommandTest {

    private static final Path JDK = Path.of("/jdk");

    @Test
    void jmhRunsTheHarnessBenchmarkWithTheFunctionAsItsParametersAndTheUsersOptionsLast() {
        List<String> command = JmhCommand.of(JDK, List.of(Path.of("/m2/harness.jar"), Path.of("/m2/jmh.jar")),
                "com.example.Hello::handleRequest", List.of(Path.of("/p/target/classes"), Path.of("/m2/core.jar")),
                "sqs/receive-message", 256, "forked", Path.of("/p/target/jmh.json"), "  -f 2   -i 20 ");

        assertThat(command).containsExactly("/jdk/bin/java", "-cp", "/m2/harness.jar:/m2/jmh.jar", "org.openjdk.jmh.Main",
                "dev.lambdaharness.conformance.HandlerBenchmark", "-p", "handler=com.example.Hello::handleRequest",
                "-p", "code=/p/target/classes:/m2/core.jar", "-p", "event=sqs/receive-message", "-p", "memory=256",
                "-p", "isolation=forked", "-rf", "json", "-rff", "/p/target/jmh.json", "-f", "2", "-i", "20");
    }

    @Test
    void aParameterWithACommaIsRefusedSinceJmhWouldReadAListOfValues() {
        assertThatThrownBy(() -> JmhCommand.of(JDK, List.of(), "a.Hello", List.of(Path.of("/p/classes")), "events/a,b.json",
                512, "forked", Path.of("r.json"), null))
                .hasMessage("The benchmark's event 'events/a,b.json' holds a comma, which JMH reads as a list of values; give it"
                        + " without one (move or rename a file whose path has one).");
    }
}
