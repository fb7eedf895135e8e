package dev.lambdaharness.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JacksonTreesTest {

    private static final ObjectMapper PROJECT = new ObjectMapper();

    @Test
    void readsAndWritesTheProjectsOwnTrees() throws Exception {
        JsonNode tree = JacksonTrees.read("{\"sku\":\"A-1\",\"price\":1.50}".getBytes(StandardCharsets.UTF_8));

        assertThat(tree).isInstanceOf(ObjectNode.class).isEqualTo(PROJECT.readTree("{\"sku\":\"A-1\",\"price\":1.5}"));
        assertThat(new String(JacksonTrees.write(tree), StandardCharsets.UTF_8)).isEqualTo("{\"sku\":\"A-1\",\"price\":1.5}");
    }

    @Test
    void readsDecimalsAsWrittenWhenAskedTo() {
        JsonNode tree = JacksonTrees.readExact("{\"price\":1.50}".getBytes(StandardCharsets.UTF_8));

        assertThat(tree.get("price").isBigDecimal()).isTrue();
        assertThat(tree.toString()).isEqualTo("{\"price\":1.50}");
    }

    @Test
    void recognisesTreesByTheirClassesWithoutTheHarnesssOwnJackson() throws Exception {
        assertThat(JacksonTrees.isTree(PROJECT.readTree("[1]"))).isTrue();
        assertThat(JacksonTrees.isTreeType(ObjectNode.class)).isTrue();
        assertThat(JacksonTrees.isTree(dev.lambdaharness.internal.jackson.databind.node.JsonNodeFactory.instance.objectNode()))
                .as("the harness's relocated tree is not the project's").isFalse();
        assertThat(JacksonTrees.isTree("{}")).isFalse();
        assertThat(JacksonTrees.isTree(null)).isFalse();
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> JacksonTrees.read("{\"sku\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
