package dev.lambdaharness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.internal.fixtures.BuiltInFixtures;
import dev.lambdaharness.events.internal.fixtures.FixtureDefinition;
import dev.lambdaharness.events.serialization.TypedPayloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in fixture is valid JSON that its index describes truly: its defaults render to the
 * file, its bindings point at fields that exist, and reading it into its aws-lambda-java-events
 * class (3.16.1, through the runtime's serialiser choice) and writing it back loses exactly the
 * leaves its index lists, and otherwise only what {@link RoundTripComparison} documents.
 */
class BuiltInFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Fixtures whose class cannot write back what it read from them, with the reason: a response
     * class whose JSON shape on output is not the bean shape it reads. Checked to fail, so a
     * version of the library that fixes it shows here.
     */
    static final Map<String, String> UNWRITABLE = Map.of(
            "apigateway/rest-authorizer-policy-response",
            "IamPolicyResponseV1 reads policyDocument through bean names (version, statement), so the payload's Version and Statement "
                    + "are dropped, and writing a policy document without statements fails");

    @TestFactory
    Stream<DynamicNode> everyBuiltInFixture() {
        return EventFixtures.catalogue().stream().map(fixture -> dynamicContainer(fixture.id(), checks(fixture)));
    }

    private static Stream<DynamicNode> checks(EventFixture fixture) {
        FixtureDefinition definition = BuiltInFixtures.instance().definition(fixture.id()).orElseThrow();
        List<DynamicNode> checks = new ArrayList<>();
        checks.add(dynamicTest("is a JSON object", () -> assertThat(fixture.asJson().isObject())
                .as("%s: every Lambda event and response payload is a JSON object", definition.resource()).isTrue()));
        checks.add(dynamicTest("renders its defaults to the file", () -> {
            // The harness's own Jackson, as the fixture loader renders with it.
            var file = dev.lambdaharness.events.internal.JsonEventPayload.parse(fixture.asString()).tree();
            var rendered = file.deepCopy();
            definition.render(rendered, Map.of());
            assertThat(rendered).as("%s rendered with every parameter at its default", fixture.id()).isEqualTo(file);
        }));
        checks.add(dynamicTest("binds only fields that exist", () -> {
            JsonNode file = fixture.asJson();
            for (String path : definition.bindingPaths()) {
                List<String> pointers = RoundTripComparison.expand(file, path);
                assertThat(pointers).as("%s binds %s", fixture.id(), path)
                        .isNotEmpty().allSatisfy(p -> assertThat(file.at(JsonPointer.compile(p)).isMissingNode())
                                .as("%s binds %s, which does not exist", fixture.id(), p).isFalse());
            }
        }));
        fixture.typeName().ifPresent(typeName -> {
            if (UNWRITABLE.containsKey(fixture.id())) {
                checks.add(dynamicTest("cannot be written back as " + simpleName(typeName), () -> assertThatThrownBy(() ->
                        TypedPayloads.write(fixture.as(Class.forName(typeName)))).as(UNWRITABLE.get(fixture.id())).isNotNull()));
            } else {
                checks.add(dynamicTest("read as " + simpleName(typeName) + " and written back, loses exactly its losses",
                        () -> assertLosses(fixture, definition, typeName)));
            }
        });
        return checks.stream();
    }

    private static void assertLosses(EventFixture fixture, FixtureDefinition definition, String typeName) throws Exception {
        RoundTripComparison.Result result = roundTrip(fixture, Class.forName(typeName));
        Map<String, String> uncatalogued = new TreeMap<>(result.lost());
        uncatalogued.keySet().removeAll(definition.losses().keySet());
        Set<String> kept = new TreeSet<>(definition.losses().keySet());
        kept.removeAll(result.lost().keySet());
        assertThat(uncatalogued.isEmpty() && kept.isEmpty())
                .as("%s read as %s: %s%s. Fix \"losses\" of %s in its index.json", fixture.id(), typeName,
                        uncatalogued.isEmpty() ? "" : "lost but not listed " + uncatalogued + "; ",
                        kept.isEmpty() ? "" : "listed but kept " + kept, fixture.id())
                .isTrue();
        assertThat(result.added()).as("%s read as %s and written back gained fields that hold no default value", fixture.id(), typeName)
                .isEmpty();
    }

    static RoundTripComparison.Result roundTrip(EventFixture fixture, Class<?> type) throws Exception {
        Object event = fixture.as(type);
        return RoundTripComparison.compare(fixture.asJson(), JSON.readTree(TypedPayloads.write(event)));
    }

    /**
     * Every one of SAM CLI's 68 event types is the {@code sam} anchor of exactly one fixture.
     * Fails while fixtures are still being written: the list of types without one is the work left.
     */
    @Test
    void everySamEventTypeIsTheSamAnchorOfExactlyOneFixture() {
        Map<String, List<String>> fixturesByAnchor = new TreeMap<>();
        for (EventFixture fixture : EventFixtures.catalogue()) {
            String anchor = definitionOf(fixture).anchors().get("sam");
            if (anchor != null) {
                fixturesByAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(fixture.id());
            }
        }
        Set<String> missing = new TreeSet<>(Anchors.SAM);
        missing.removeAll(fixturesByAnchor.keySet());
        Map<String, List<String>> twice = fixturesByAnchor.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(missing).as("SAM event types that no fixture anchors").isEmpty();
        assertThat(twice).as("SAM event types anchored by more than one fixture").isEmpty();
    }

    @Test
    void anchorsNameRealAnchors() {
        assertThat(Anchors.SAM).hasSize(68);
        assertThat(Anchors.GO).hasSize(104);
        for (EventFixture fixture : EventFixtures.catalogue()) {
            Map<String, String> anchors = definitionOf(fixture).anchors();
            if (anchors.containsKey("sam")) {
                assertThat(Anchors.SAM).as("%s: anchors.sam", fixture.id()).contains(anchors.get("sam"));
            }
            if (anchors.containsKey("go")) {
                assertThat(Anchors.GO).as("%s: anchors.go", fixture.id()).contains(anchors.get("go"));
            }
        }
    }

    private static FixtureDefinition definitionOf(EventFixture fixture) {
        return BuiltInFixtures.instance().definition(fixture.id()).orElseThrow();
    }

    private static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
