package dev.lambdaharness.core.internal.forked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionConfig;
import dev.lambdaharness.core.InvocationRequest;
import dev.lambdaharness.core.RuntimeClock;
import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.corpus.FillsTmp;
import dev.lambdaharness.core.corpus.TmpFile;
import dev.lambdaharness.core.internal.TimeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code LambdaRuntime.Builder#privateTmp}: each forked child sees a /tmp of its own, as each Lambda environment does. */
class ForkedPrivateTmpIT {

    private static final FunctionConfig CONFIG = FunctionConfig.builder(TmpFile.class.getName() + "::handleRequest").build();

    @BeforeAll
    static void onlyWhereNamespacesWork() {
        Assumptions.assumeTrue(PrivateTmp.unavailableBecause().isEmpty(),
                () -> "no private /tmp on this machine: " + PrivateTmp.unavailableBecause().orElseThrow());
    }

    private static ForkedEnvironment environment(String id, ForkedOptions options) {
        return environment(id, CONFIG, options);
    }

    private static ForkedEnvironment environment(String id, FunctionConfig config, ForkedOptions options) {
        return new ForkedEnvironment(id, config, CorpusCode.code(), RuntimeClock.system(), TimeLimits.LAMBDA, options);
    }

    private static String invoke(ForkedEnvironment environment, String command) {
        return environment.invoke(InvocationRequest.of("\"" + command + "\"")).payloadAsString();
    }

    @Test
    void twoLiveEnvironmentsWritingTheSameTmpPathSeeOnlyTheirOwnFile() {
        Path file = Path.of("/tmp", "lambda-harness-private-" + UUID.randomUUID());
        ForkedOptions privateTmp = new ForkedOptions(true, dev.lambdaharness.core.internal.Debugging.OFF);
        try (ForkedEnvironment first = environment("tmp-a", privateTmp); ForkedEnvironment second = environment("tmp-b", privateTmp)) {
            assertThat(invoke(first, "write " + file + " from a")).isEqualTo("\"from a\"");
            assertThat(second.process()).isEmpty(); // the second starts only now, while the first lives

            assertThat(invoke(second, "read " + file)).isEqualTo("\"absent\"");
            assertThat(invoke(second, "write " + file + " from b")).isEqualTo("\"from b\"");
            assertThat(invoke(first, "read " + file)).isEqualTo("\"from a\"");

            assertThat(first.process()).isPresent();
            assertThat(Files.exists(file)).as("the machine's " + file).isFalse();
            // Lambda's java.io.tmpdir is /tmp: private now, so no directory of the harness stands in for it.
            assertThat(invoke(first, "tmpdir")).isEqualTo("\"/tmp\"");
        }
    }

    @Test
    void withoutItALiteralTmpPathIsTheMachinesOwn() throws Exception {
        Path file = Path.of("/tmp", "lambda-harness-shared-" + UUID.randomUUID());
        try (ForkedEnvironment environment = environment("tmp-shared", ForkedOptions.DEFAULTS)) {
            invoke(environment, "write " + file + " shared");

            assertThat(file).hasContent("shared");
            assertThat(invoke(environment, "tmpdir")).isNotEqualTo("\"/tmp\"");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aWriteBeyondTheEphemeralStorageFailsWithNoSpaceLeftAndDeletingFreesTheSpace() {
        FunctionConfig fills = FunctionConfig.builder(FillsTmp.class.getName() + "::handleRequest").ephemeralStorageSize(512).build();
        ForkedOptions privateTmp = new ForkedOptions(true, dev.lambdaharness.core.internal.Debugging.OFF);
        try (ForkedEnvironment environment = environment("tmp-full", fills, privateTmp)) {
            // 512 MiB less what the JVM keeps in /tmp itself (its perf data file)
            assertThat(invoke(environment, "fill files /tmp/big 600"))
                    .matches("\"wrote 51[01] MiB, then java.io.IOException: No space left on device\"");

            assertThat(invoke(environment, "delete /tmp/big")).isEqualTo("\"deleted\"");
            assertThat(invoke(environment, "fill files /tmp/small 100")).isEqualTo("\"wrote 100 MiB\"");
        }
    }
}
