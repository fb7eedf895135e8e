package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which JaCoCo agent of the test JVM a forked child gets, and with what options; {@link ForkedCoverageIT} runs one. */
class CoverageAgentTest {

    @Test
    void passesTheAgentOnWithAnAbsoluteExecFileAlwaysAppendedTo() {
        Path cwd = Path.of("/work/project");
        assertThat(CoverageAgent.find(List.of("-Xmx1g", "-javaagent:lib/jacocoagent.jar=destfile=target/jacoco.exec,append=false,"
                + "includes=com.example.*"), cwd))
                .contains("-javaagent:/work/project/lib/jacocoagent.jar=destfile=/work/project/target/jacoco.exec,"
                        + "includes=com.example.*,append=true");
        assertThat(CoverageAgent.find(List.of("-javaagent:/m2/org.jacoco.agent-0.8.14-runtime.jar"), cwd))
                .contains("-javaagent:/m2/org.jacoco.agent-0.8.14-runtime.jar=destfile=/work/project/jacoco.exec,append=true");
        assertThat(CoverageAgent.find(List.of("-javaagent:/a/jacocoagent.jar=output=tcpserver,port=6300"), cwd)).isEmpty();
        assertThat(CoverageAgent.find(List.of("-javaagent:/a/other-agent.jar=x"), cwd)).isEqualTo(Optional.empty());
    }
}
