package dev.lambdaharness.core.internal.forked;

import dev.lambdaharness.core.corpus.EnvironmentEcho;
import dev.lambdaharness.core.corpus.ForkedCoverageMain;
import dev.lambdaharness.core.corpus.Hello;
import dev.lambdaharness.core.corpus.JacocoRun;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.CoverageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handler code run in forked children counts in the test JVM's JaCoCo report: a parent JVM under
 * the JaCoCo agent runs handlers only in forked environments (it never loads the handler classes
 * itself), and JaCoCo's analyzer reads the one exec file against the handlers' class files.
 */
class ForkedCoverageIT {

    @Test
    void childrenRunTheTestJvmsAgentAndAppendToItsExecFile(@TempDir Path dir) throws Exception {
        CoverageBuilder coverage = JacocoRun.coverageOf(dir, ForkedCoverageMain.class,
                List.of("hello: \"hello cov\"", "echo: \"teal\""), List.of(EnvironmentEcho.class, Hello.class));

        // Hello's child was stopped by close(), EnvironmentEcho's by the parent's shutdown hook: both wrote their data.
        JacocoRun.assertHandleRequestCovered(coverage, 2);
    }
}
