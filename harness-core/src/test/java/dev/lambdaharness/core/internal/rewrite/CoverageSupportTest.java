package dev.lambdaharness.core.internal.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;

import org.jacoco.agent.rt.RT;
import org.junit.jupiter.api.Test;

/**
 * How {@link CoverageSupport} finds, or does not find, a JaCoCo agent. The working case needs an
 * agent started with the JVM: see {@link JacocoCoverageOfRewrittenClassesIT}.
 */
class CoverageSupportTest {

    @Test
    void withoutTheAgentOnTheClassPathItIsInactive() {
        CoverageSupport coverage = CoverageSupport.detect(ClassLoader.getPlatformClassLoader());

        assertThat(coverage.active()).isFalse();
        assertThat(coverage.description()).isEqualTo("no JaCoCo agent on the class path");
        assertThat(coverage.isCoverageRuntimeClass("org.jacoco.agent.rt.internal_29a6edd.Offline")).isFalse();
    }

    @Test
    void withTheAgentJarButNoAgentStartedItIsInactive() throws Exception {
        URL agentJar = RT.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withAgentJar = new URLClassLoader(new URL[] {agentJar}, ClassLoader.getPlatformClassLoader())) {
            CoverageSupport coverage = CoverageSupport.detect(withAgentJar);

            assertThat(coverage.active()).isFalse();
            assertThat(coverage.description()).contains("no agent was started");
        }
    }

    @Test
    void inactiveSupportLeavesRewrittenClassesAsTheyAre() {
        CoverageSupport coverage = CoverageSupport.disabled();
        byte[] original = {1};
        byte[] rewritten = {2};
        ProtectionDomain domain = new ProtectionDomain(new CodeSource(null, (CodeSigner[]) null), null);

        assertThat(coverage.prepare("com.example.Handler", original, rewritten)).isSameAs(rewritten);
        assertThat(coverage.domainForRewritten(domain)).isSameAs(domain);
    }
}
