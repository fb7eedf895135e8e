package dev.lambdaharness.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A bad index file is reported with the file, the entry and the fix. */
class FixtureIndexTest {

    private static final String FILE = "dev/lambdaharness/events/fixtures/sqs/index.json";

    @Test
    void theDemoIndexIsRead() {
        FixtureDefinition definition = FixtureIndex.parse("dev/lambdaharness/events/demo/index.json",
                TestFixtures.bytes("dev/lambdaharness/events/demo/index.json"), "demo").get(0);

        assertThat(definition.id()).isEqualTo("demo/queue-message");
        assertThat(definition.resource()).isEqualTo("dev/lambdaharness/events/demo/queue-message.json");
        assertThat(definition.bindingPaths()).startsWith("/Records/*/eventSourceARN", "/Records/*/awsRegion");
    }

    @Test
    void notJson() {
        assertThatThrownBy(() -> parse("{\"service\": ")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Bad fixture index " + FILE + ": it is not JSON (")
                .hasMessageEndingWith("). Fix: write valid JSON (the format is in docs/fixtures.md).");
    }

    @Test
    void serviceOfAnotherDirectory() {
        assertThatThrownBy(() -> parse("{\"service\":\"sns\",\"title\":\"t\",\"fixtures\":[]}"))
                .hasMessage("Bad fixture index " + FILE + ": \"service\" is \"sns\" but the file is in the directory sqs. "
                        + "Fix: make them the same (the format is in docs/fixtures.md).");
    }

    @Test
    void unknownKey() {
        assertThatThrownBy(() -> parse(index("\"binding\": []")))
                .hasMessage("Bad fixture index " + FILE + ": fixtures[0]: a fixture has the unknown key \"binding\". Fix: use only "
                        + "[anchors, bindings, description, id, losses, parameters, type] (the format is in docs/fixtures.md).");
    }

    @Test
    void undeclaredParameter() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {}, \"bindings\": [{\"path\": \"/a\", \"value\": \"{queue}\"}]")))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: bindings[0] uses {queue}, which is not a parameter "
                        + "(parameters: []). Fix: declare it under \"parameters\" or write {{queue}} for literal braces (the format is in docs/fixtures.md).");
    }

    @Test
    void unknownEncoding() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {\"b\": {\"default\": \"x\", \"description\": \"d\"}}, "
                + "\"bindings\": [{\"path\": \"/a\", \"value\": \"{b}\", \"encoding\": \"b64\"}]")))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: bindings[0]: the encoding \"b64\" is not one of "
                        + "base64, url, md5, json. Fix: use one of those, or leave \"encoding\" out (the format is in docs/fixtures.md).");
    }

    @Test
    void parameterBoundNowhere() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {\"b\": {\"default\": \"x\", \"description\": \"d\"}}, \"bindings\": []")))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: the parameter b is bound nowhere, so setting it would "
                        + "change nothing. Fix: add a binding that uses {b}, or remove the parameter (the format is in docs/fixtures.md).");
    }

    @Test
    void loneBrace() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {}, \"bindings\": [{\"path\": \"/a\", \"value\": \"a}b\"}]")))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: bindings[0]: the template \"a}b\" has a lone '}' at 1; "
                        + "write }} for a literal brace. Fix: fix the value (the format is in docs/fixtures.md).");
    }

    @Test
    void typedFixtureWithoutLosses() {
        assertThatThrownBy(() -> FixtureIndex.parse(FILE, ("{\"service\":\"sqs\",\"title\":\"t\",\"fixtures\":[{\"id\":\"sqs/one\","
                + "\"description\":\"d\",\"type\":\"x.Y\",\"parameters\":{},\"bindings\":[]}]}").getBytes(StandardCharsets.UTF_8), "sqs"))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: \"losses\" is missing or not an array. Fix: list the leaves "
                        + "x.Y loses, or write [] when it loses none (the format is in docs/fixtures.md).");
    }

    @Test
    void lossWithAStar() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {}, \"bindings\": [], \"type\": \"x.Y\", "
                + "\"losses\": [{\"path\": \"/Records/*/x\", \"reason\": \"r\"}]").replace("\"type\": null, ", "")))
                .hasMessage("Bad fixture index " + FILE + ": fixture sqs/one: losses[0]: the path /Records/*/x has a * segment. "
                        + "Fix: list every lost leaf with its concrete index (the format is in docs/fixtures.md).");
    }

    @Test
    void idOfAnotherService() {
        assertThatThrownBy(() -> parse(index("\"parameters\": {}, \"bindings\": []").replace("sqs/one", "sns/one")))
                .hasMessage("Bad fixture index " + FILE + ": fixtures[0]: the id \"sns/one\" is not <service>/<variant> with service sqs. "
                        + "Fix: use lowercase hyphenated words, such as sqs/my-variant (the format is in docs/fixtures.md).");
    }

    private static String index(String fixtureFields) {
        return "{\"service\":\"sqs\",\"title\":\"t\",\"fixtures\":[{\"id\":\"sqs/one\",\"description\":\"d\",\"type\": null, "
                + fixtureFields + "}]}";
    }

    private static void parse(String json) {
        FixtureIndex.parse(FILE, json.getBytes(StandardCharsets.UTF_8), "sqs");
    }
}
