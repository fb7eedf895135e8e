package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.EnvironmentEcho;
import dev.lambdaharness.core.corpus.ForkedCoverageMain;
import dev.lambdaharness.core.corpus.Hello;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.tools.ExecFileLoader;
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
        Path exec = dir.resolve("jacoco.exec");
        Path log = dir.resolve("parent.log");
        String agent = Path.of(RT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process parent = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent + "=destfile=" + exec + ",includes=dev.lambdaharness.core.corpus.*",
                "-cp", System.getProperty("java.class.path"), ForkedCoverageMain.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(parent.waitFor(120, TimeUnit.SECONDS)).as("parent ended").isTrue();
        } finally {
            parent.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(parent.exitValue()).as(output).isZero();
        assertThat(output).contains("hello: \"hello cov\"").contains("echo: \"teal\"");

        ExecFileLoader execFile = new ExecFileLoader();
        execFile.load(exec.toFile());
        CoverageBuilder coverage = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(execFile.getExecutionDataStore(), coverage);
        for (Class<?> handler : List.of(EnvironmentEcho.class, Hello.class)) {
            try (InputStream classFile = handler.getResourceAsStream(handler.getSimpleName() + ".class")) {
                analyzer.analyzeClass(classFile, handler.getName());
            }
        }

        // Hello's child was stopped by close(), EnvironmentEcho's by the parent's shutdown hook: both wrote their data.
        assertThat(coverage.getNoMatchClasses()).extracting(IClassCoverage::getName).isEmpty();
        assertThat(coverage.getClasses()).hasSize(2).allSatisfy(c ->
                assertThat(c.getMethods()).filteredOn(m -> m.getName().equals("handleRequest")).first()
                        .satisfies(m -> assertThat(m.getLineCounter().getCoveredCount()).as(c.getName()).isPositive()));
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
