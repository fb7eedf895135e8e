package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilesUnderTmpTest {

    private static final String P = "dev.lambdaharness.conformance.fixtures.files.violating.";

    @Test
    void aWriteOutsideTmpInAnotherClassIsReported() {
        assertThat(Violations.of(LambdaRules.FILES_UNDER_TMP, "files.violating")).containsExactly(
                P + "Export.handleRequest writes a file outside /tmp, \"/var/task/reports/latest.txt\", with Files.writeString in "
                        + P + "Reports.save (Reports.java:12), through " + P + "Export.handleRequest -> " + P + "Reports.save"
                        + " [files-under-tmp, see docs/rules.md#files-under-tmp]");
    }

    @Test
    void writesUnderTmpAndReadsOfTheTaskRootPass() {
        assertThat(Violations.of(LambdaRules.FILES_UNDER_TMP, "files.compliant")).isEmpty();
    }
}
