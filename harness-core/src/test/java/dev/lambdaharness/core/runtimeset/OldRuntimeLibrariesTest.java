package dev.lambdaharness.core.runtimeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.corpus.CorpusCode;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet;
import dev.lambdaharness.core.internal.runtimeset.RuntimeSet.Library;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In-process isolation on a project's test class path that holds other runtime libraries than the
 * runtime set (aws-lambda-java-core 1.2.1, serialization 1.0.0 from aws-lambda-java-tests 1.1.1,
 * the RIC 2.8.7, a shaded jar with {@code Context.class}): the function is served by the set, as on
 * Lambda; its own copy of core is shadowed; a shaded jar is the code of its own function only.
 */
class OldRuntimeLibrariesTest {

    private static final Path EVENTS = CorpusCode.jarOf(com.amazonaws.services.lambda.runtime.events.SQSEvent.class);
    private static final Path JODA = CorpusCode.jarOf(org.joda.time.DateTime.class);
    private static final String SERVED_BY_THE_SET = "core=" + RuntimeSet.harness().jar(Library.CORE).getFileName()
            + " serialization=" + RuntimeSet.harness().jar(Library.SERIALIZATION).getFileName() + " ric=invisible";

    @Test
    void aPinnedOlderCoreOnTheTestClassPathAndInTheFunctionIsShadowedByTheSets() {
        Path core121 = ProjectClassPath.oldLibrary("aws-lambda-java-core-");

        String[] outcome = ProjectClassPath.withOldCore().run("IN_PROCESS", "AUTOMATIC", ReportsRuntimeLibraries.class.getName(),
                "sqs", CorpusCode.testClasses().toString(), core121.toString(), EVENTS.toString(), JODA.toString());

        assertThat(outcome[0]).as(String.join("\n", outcome)).isEqualTo("succeeded");
        assertThat(outcome[1]).isEqualTo(SERVED_BY_THE_SET);
        assertThat(outcome[2]).contains("[WARN] records 1");
    }

    @Test
    void aTypedEventIsReadByTheSetsSerialisersWhenTheTestClassPathHasAnOlderCore() {
        String[] outcome = ProjectClassPath.withOldCore().run("IN_PROCESS", "AUTOMATIC", ReportsRuntimeLibraries.class.getName(),
                "event", CorpusCode.testClasses().toString(), EVENTS.toString(), JODA.toString());

        assertThat(outcome[0]).as(String.join("\n", outcome)).isEqualTo("succeeded");
        assertThat(outcome[2]).contains("[WARN] records 1");
    }

    @Test
    void serialization100FromAwsLambdaJavaTestsAndADeclaredRicReplaceNothing() {
        String[] outcome = ProjectClassPath.withOldRuntimeLibraries().run("IN_PROCESS", "AUTOMATIC",
                ReportsRuntimeLibraries.class.getName(), "sqs", CorpusCode.testClasses().toString(), EVENTS.toString(), JODA.toString());

        assertThat(outcome[0]).as(String.join("\n", outcome)).isEqualTo("succeeded");
        assertThat(outcome[1]).isEqualTo(SERVED_BY_THE_SET);
    }

    @Test
    void aShadedJarWithContextIsTheCodeOfItsOwnFunctionOnly(@TempDir Path directory) {
        Path layer = ShadedJars.layerWithContext(directory);
        Path function = ShadedJars.folderWith(NeedsLayer.class, directory);
        ProjectClassPath classPath = ProjectClassPath.asIs().first(layer);

        String[] withLayer = classPath.run("IN_PROCESS", "AUTOMATIC", NeedsLayer.class.getName(), "string",
                function.toString(), layer.toString());
        String[] withoutLayer = classPath.run("IN_PROCESS", "AUTOMATIC", NeedsLayer.class.getName(), "string", function.toString());

        assertThat(withLayer[0]).as(String.join("\n", withLayer)).isEqualTo("succeeded");
        assertThat(withLayer[1]).isEqualTo("from the layer");
        assertThat(withoutLayer[0]).as(String.join("\n", withoutLayer)).isEqualTo("java.lang.NoClassDefFoundError");
        assertThat(withoutLayer[1]).isEqualTo(LayerUtility.class.getName().replace('.', '/'));
    }
}
