package dev.lambdaharness.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CoverageRunMain;
import dev.lambdaharness.core.corpus.EnvironmentEcho;
import dev.lambdaharness.core.corpus.Hello;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handler code run in-process counts in a real JaCoCo report: a child JVM runs handlers through
 * {@link LambdaRuntime} under the JaCoCo agent, and JaCoCo's analyzer reads the exec file against
 * the handlers' original class files, as {@code jacoco:report} would.
 */
class HandlerCoverageTest {

    @Test
    void handlersRunInProcessAreCoveredWhetherTheirCallSitesWereRewrittenOrNot(@TempDir Path dir) throws Exception {
        Path exec = dir.resolve("jacoco.exec");
        Path log = dir.resolve("child.log");
        String agent = Path.of(RT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent + "=destfile=" + exec + ",includes=dev.lambdaharness.core.corpus.*",
                "-cp", System.getProperty("java.class.path"), CoverageRunMain.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child ended").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("echo: \"teal\"").contains("hello: \"hello cov\"");

        ExecFileLoader execFile = new ExecFileLoader();
        execFile.load(exec.toFile());
        CoverageBuilder coverage = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(execFile.getExecutionDataStore(), coverage);
        for (Class<?> handler : List.of(EnvironmentEcho.class, Hello.class)) {
            try (InputStream classFile = handler.getResourceAsStream(handler.getSimpleName() + ".class")) {
                analyzer.analyzeClass(classFile, handler.getName());
            }
        }

        assertThat(coverage.getNoMatchClasses()).extracting(IClassCoverage::getName).isEmpty();
        assertThat(coverage.getClasses()).hasSize(2).allSatisfy(c ->
                assertThat(c.getMethods()).filteredOn(m -> m.getName().equals("handleRequest")).first()
                        .satisfies(m -> assertThat(m.getLineCounter().getCoveredCount()).as(c.getName()).isPositive()));
    }
}
