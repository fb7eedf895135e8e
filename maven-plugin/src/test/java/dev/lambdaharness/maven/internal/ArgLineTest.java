package dev.lambdaharness.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ArgLineTest {

    private static final String PROPERTY = "lambdaharness.functionCode";

    private final Properties properties = new Properties();

    @Test
    void setsThePropertyWhenAbsent() {
        ArgLine.prepend(properties, "argLine", PROPERTY, "/work/orders/target/code.txt");

        assertThat(properties.getProperty("argLine")).isEqualTo("-Dlambdaharness.functionCode=/work/orders/target/code.txt");
    }

    /** JaCoCo's agent (or anything else) already in argLine stays, behind our argument. */
    @Test
    void prependsToWhatIsThereAndKeepsItAsWritten() {
        String jacoco = "-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.14/org.jacoco.agent-0.8.14-runtime.jar=destfile=\"/work/my orders/target/jacoco.exec\"";
        properties.setProperty("argLine", jacoco + "  -Xmx512m");

        ArgLine.prepend(properties, "argLine", PROPERTY, "/work/orders/target/code.txt");

        assertThat(properties.getProperty("argLine"))
                .isEqualTo("-Dlambdaharness.functionCode=/work/orders/target/code.txt " + jacoco + "  -Xmx512m");
    }

    @Test
    void replacesItsOwnArgumentOfAnEarlierExecution() {
        properties.setProperty("argLine", "\"-Dlambdaharness.functionCode=/old path/code.txt\" -Xmx512m -Dother=1");

        ArgLine.prepend(properties, "argLine", PROPERTY, "/new/code.txt");

        assertThat(properties.getProperty("argLine")).isEqualTo("-Dlambdaharness.functionCode=/new/code.txt -Xmx512m -Dother=1");
    }

    @Test
    void quotesAPathWithSpaces() {
        ArgLine.prepend(properties, "surefireArgLine", PROPERTY, "/work/my orders/target/code.txt");

        assertThat(properties.getProperty("surefireArgLine"))
                .isEqualTo("\"-Dlambdaharness.functionCode=/work/my orders/target/code.txt\"");
        assertThat(ArgLine.tokens(properties.getProperty("surefireArgLine") + " -Xmx1g")).hasSize(2);
    }

    @Test
    void aSkippedGoalSetsAnAbsentPropertyToEmptyAndLeavesAPresentOneAlone() {
        ArgLine.whenSkipped(properties, "argLine");
        assertThat(properties.getProperty("argLine")).isEmpty();

        properties.setProperty("argLine", "-Xmx512m");
        ArgLine.whenSkipped(properties, "argLine");
        assertThat(properties.getProperty("argLine")).isEqualTo("-Xmx512m");
    }
}
