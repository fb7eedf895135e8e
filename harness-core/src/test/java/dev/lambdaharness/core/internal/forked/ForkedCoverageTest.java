package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.EnvironmentEcho;
import dev.lambdaharness.core.corpus.ForkedCoverageMain;
import dev.lambdaharness.core.corpus.Hello;
import dev.lambdaharness.core.corpus.JacocoRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jacoco.core.analysis.CoverageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handler code run in forked children counts in the test JVM's JaCoCo report: a parent JVM under
 * the JaCoCo agent runs handlers only in forked environments (it never loads the handler classes
 * itself), and JaCoCo's analyzer reads the one exec file against the handlers' class files.
 */
class ForkedCoverageTest {

    @Test
    void childrenRunTheTestJvmsAgentAndAppendToItsExecFile(@TempDir Path dir) throws Exception {
        CoverageBuilder coverage = JacocoRun.coverageOf(dir, ForkedCoverageMain.class,
                List.of("hello: \"hello cov\"", "echo: \"teal\""), List.of(EnvironmentEcho.class, Hello.class));

        // Hello's child was stopped by close(), EnvironmentEcho's by the parent's shutdown hook: both wrote their data.
        JacocoRun.assertHandleRequestCovered(coverage, 2);
    }

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
