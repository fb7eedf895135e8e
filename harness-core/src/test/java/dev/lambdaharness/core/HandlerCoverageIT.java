package dev.lambdaharness.core;

import dev.lambdaharness.core.corpus.CoverageRunMain;
import dev.lambdaharness.core.corpus.EnvironmentEcho;
import dev.lambdaharness.core.corpus.Hello;
import dev.lambdaharness.core.corpus.JacocoRun;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.CoverageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;



/**
 * Handler code run in-process counts in a real JaCoCo report: a child JVM runs handlers through
 * {@link LambdaRuntime} under the JaCoCo agent, and JaCoCo's analyzer reads the exec file against
 * the handlers' original class files, as {@code jacoco:report} would.
 */
class HandlerCoverageIT {

    @Test
    void handlersRunInProcessAreCoveredWhetherTheirCallSitesWereRewrittenOrNot(@TempDir Path dir) throws Exception {
        CoverageBuilder coverage = JacocoRun.coverageOf(dir, CoverageRunMain.class,
                List.of("echo: \"teal\"", "hello: \"hello cov\""), List.of(EnvironmentEcho.class, Hello.class));

        JacocoRun.assertHandleRequestCovered(coverage, 2);
    }
}
