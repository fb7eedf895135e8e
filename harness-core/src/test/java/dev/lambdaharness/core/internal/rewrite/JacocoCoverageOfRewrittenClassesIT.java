package dev.lambdaharness.core.internal.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jacoco.agent.rt.RT;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;

import dev.lambdaharness.core.internal.rewrite.probe.CoverageProbe;
import dev.lambdaharness.core.internal.rewrite.probe.PlainProbe;

/**
 * Proof, with the real JaCoCo agent and JaCoCo's own analyzer, that function classes keep their
 * coverage when their call sites are rewritten: a child JVM runs {@link CoverageChildMain} under
 * {@code -javaagent:jacocoagent.jar=destfile=...}, and the exec file it leaves is analysed against
 * the original class files in {@code target/test-classes}, as a coverage report would be.
 */
class JacocoCoverageOfRewrittenClassesIT {

    private static final long CHILD_TIMEOUT_SECONDS = 120;

    @Test
    void rewrittenClassesInstrumentedFromTheirOriginalBytesAreCovered(@TempDir Path dir) throws Exception {
        ChildRun run = runChild(dir, "prepared");

        assertThat(run.output).containsPattern("coverage: JaCoCo agent \\S+: rewritten classes are instrumented offline")
                .contains("probe returned: from-binding")
                .contains("probe printed: probe saw from-binding")
                .contains("probe code source: null")
                .contains("rewritten: [" + CoverageProbe.class.getName() + "]");
        CoverageBuilder coverage = analyse(run.exec);

        IMethodCoverage get = method(coverage, CoverageProbe.class, "get");
        // Every line but the one of the branch not taken ("unset").
        assertThat(get.getLineCounter().getCoveredCount()).isEqualTo(5);
        assertThat(get.getLineCounter().getMissedCount()).isEqualTo(1);
        assertThat(method(coverage, PlainProbe.class, "get").getLineCounter().getCoveredCount()).isPositive();
        assertThat(coverage.getNoMatchClasses()).isEmpty();
    }

    @Test
    void controlDefiningTheRewrittenBytesAsTheyAreLosesTheirCoverage(@TempDir Path dir) throws Exception {
        ChildRun run = runChild(dir, "naive");

        assertThat(run.output).contains("probe returned: from-binding")
                .contains("rewritten: [" + CoverageProbe.class.getName() + "]");
        CoverageBuilder coverage = analyse(run.exec);

        // The agent recorded the rewritten class, under an id that no class file on disk has.
        assertThat(coverage.getNoMatchClasses()).extracting(IClassCoverage::getName)
                .containsExactly(internalName(CoverageProbe.class));
        assertThat(method(coverage, CoverageProbe.class, "get").getLineCounter().getCoveredCount()).isZero();
        // The class that was not rewritten is covered as usual.
        assertThat(method(coverage, PlainProbe.class, "get").getLineCounter().getCoveredCount()).isPositive();
    }

    private record ChildRun(String output, Path exec) {
    }

    private static ChildRun runChild(Path dir, String mode) throws Exception {
        Path exec = dir.resolve("jacoco.exec");
        Path log = dir.resolve("child.log");
        String classPath = String.join(File.pathSeparator, location(CoverageChildMain.class),
                location(CallSiteRewriter.class), location(ClassReader.class));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + location(RT.class) + "=destfile=" + exec,
                "-cp", classPath, CoverageChildMain.class.getName(), mode);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            boolean ended = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended).as("child JVM ended within %d s; output so far:%n%s", CHILD_TIMEOUT_SECONDS, output)
                    .isTrue();
            assertThat(child.exitValue()).as("child exit status; output:%n%s", output).isZero();
            assertThat(exec).as("exec file; child output:%n%s", output).isNotEmptyFile();
            return new ChildRun(output, exec);
        } finally {
            child.destroyForcibly();
        }
    }

    /** Analyses the original class files, from the test class path, as a report would. */
    private static CoverageBuilder analyse(Path exec) throws IOException {
        ExecFileLoader execFile = new ExecFileLoader();
        execFile.load(exec.toFile());
        CoverageBuilder coverage = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(execFile.getExecutionDataStore(), coverage);
        for (Class<?> probe : List.of(CoverageProbe.class, PlainProbe.class)) {
            analyzer.analyzeClass(CallSiteRewriterTest.classFile(probe), probe.getName());
        }
        return coverage;
    }

    private static IMethodCoverage method(CoverageBuilder coverage, Class<?> type, String name) {
        return coverage.getClasses().stream()
                .filter(c -> c.getName().equals(internalName(type)))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + type.getName() + "." + name + " analysed"));
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
