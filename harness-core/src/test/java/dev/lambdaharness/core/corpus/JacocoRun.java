package dev.lambdaharness.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Runs a main class of the corpus in a JVM under the real JaCoCo agent and analyses the exec file
 * against the corpus handlers' original class files, as {@code jacoco:report} would.
 */
public final class JacocoRun {

    private JacocoRun() {
    }

    /**
     * Runs {@code main} under the agent (recording only corpus classes), checks it ended well and
     * printed {@code expectedOutput}, and returns the coverage of the given handlers.
     */
    public static CoverageBuilder coverageOf(Path dir, Class<?> main, List<String> expectedOutput,
            List<Class<?>> handlers) throws Exception {
        Path exec = dir.resolve("jacoco.exec");
        Path log = dir.resolve("jvm.log");
        String agent = Path.of(RT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process jvm = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent + "=destfile=" + exec + ",includes=dev.lambdaharness.core.corpus.*",
                "-cp", System.getProperty("java.class.path"), main.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(jvm.waitFor(120, TimeUnit.SECONDS)).as("the JVM under the agent ended").isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(jvm.exitValue()).as(output).isZero();
        assertThat(output).contains(expectedOutput);

        ExecFileLoader execFile = new ExecFileLoader();
        execFile.load(exec.toFile());
        CoverageBuilder coverage = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(execFile.getExecutionDataStore(), coverage);
        for (Class<?> handler : handlers) {
            try (InputStream classFile = handler.getResourceAsStream(handler.getSimpleName() + ".class")) {
                analyzer.analyzeClass(classFile, handler.getName());
            }
        }
        return coverage;
    }

    /** Asserts that every analysed handler matched its class file and had lines of handleRequest covered. */
    public static void assertHandleRequestCovered(CoverageBuilder coverage, int handlers) {
        assertThat(coverage.getNoMatchClasses()).extracting(IClassCoverage::getName).isEmpty();
        assertThat(coverage.getClasses()).hasSize(handlers).allSatisfy(c ->
                assertThat(c.getMethods()).filteredOn(m -> m.getName().equals("handleRequest")).first()
                        .satisfies(m -> assertThat(m.getLineCounter().getCoveredCount()).as(c.getName()).isPositive()));
    }
}
