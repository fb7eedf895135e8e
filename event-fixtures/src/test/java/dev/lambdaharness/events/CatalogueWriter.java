package dev.lambdaharness.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.events.internal.fixtures.BuiltInFixtures;
import dev.lambdaharness.events.internal.fixtures.FixtureDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code docs/events.md}, the catalogue of the built-in fixtures, from their index files:
 * {@code mvn -B -q -o -pl event-fixtures test-compile exec:java -Dexec.mainClass=dev.lambdaharness.events.CatalogueWriter
 * -Dexec.classpathScope=test} from the repository root. {@code CatalogueTest} fails while the
 * committed file differs.
 */
public final class CatalogueWriter {

    static final String COMMAND = "mvn -B -q -o -pl event-fixtures test-compile exec:java "
            + "-Dexec.mainClass=dev.lambdaharness.events.CatalogueWriter -Dexec.classpathScope=test";

    private static final String LEGACY_VERSION = "3.11.0";

    private CatalogueWriter() {
    }

    /** @param args the file to write, by default {@code docs/events.md} of the repository the working directory is in */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : repositoryRoot().resolve("docs/events.md");
        Files.writeString(file, catalogue(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + file.toAbsolutePath().normalize());
    }

    /** @return the repository root: the nearest directory up from the working directory with docs/ and event-fixtures/ */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("event-fixtures"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run from inside the Lambda Harness repository: no directory up from "
                + Path.of("").toAbsolutePath() + " has docs/ and event-fixtures/");
    }

    /** @return the catalogue's Markdown */
    static String catalogue() {
        Map<String, FixtureDefinition> definitions = BuiltInFixtures.instance().definitions();
        JsonNode legacy = legacyDifferences();
        StringBuilder out = new StringBuilder();
        out.append("# Event fixture catalogue\n\n")
                .append("Every built-in fixture of `lambda-harness-events`, generated from the fixtures' `index.json` files by\n")
                .append("`CatalogueWriter` (do not edit by hand; regenerate with `").append(COMMAND).append("`).\n")
                .append("How to load and change them: [fixtures.md](fixtures.md). Classes are those of\n")
                .append("`com.amazonaws.services.lambda.runtime.events` (aws-lambda-java-events 3.16.1); \"known losses\" are the leaves that\n")
                .append("reading the payload into its class and writing it back loses, as [fixtures.md](fixtures.md#what-typed-reading-loses) explains.\n\n");
        summary(out, definitions);
        coverage(out, definitions);
        for (String service : services(definitions)) {
            out.append("## ").append(service).append("\n\n");
            definitions.values().stream().filter(d -> d.service().equals(service)).forEach(d -> fixture(out, d, legacy));
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, Map<String, FixtureDefinition> definitions) {
        long typed = definitions.values().stream().filter(d -> d.typeName().isPresent()).count();
        out.append(definitions.size()).append(" fixtures in ").append(services(definitions).size()).append(" services: ")
                .append(typed).append(" read into an aws-lambda-java-events class, ").append(definitions.size() - typed)
                .append(" JSON only.\n\n");
    }

    private static void coverage(StringBuilder out, Map<String, FixtureDefinition> definitions) {
        Map<String, String> samAnchors = new TreeMap<>();
        Set<String> goAnchors = new TreeSet<>();
        definitions.values().forEach(d -> {
            if (d.anchors().containsKey("sam")) {
                samAnchors.put(d.anchors().get("sam"), d.id());
            }
            if (d.anchors().containsKey("go")) {
                goAnchors.add(d.anchors().get("go"));
            }
        });
        out.append("## Coverage\n\n")
                .append("| service | fixtures | typed |\n| --- | ---: | ---: |\n");
        for (String service : services(definitions)) {
            List<FixtureDefinition> of = definitions.values().stream().filter(d -> d.service().equals(service)).toList();
            out.append("| ").append(service).append(" | ").append(of.size()).append(" | ")
                    .append(of.stream().filter(d -> d.typeName().isPresent()).count()).append(" |\n");
        }
        out.append("\nSAM CLI 1.164.0 (`sam local generate-event`): ").append(samAnchors.keySet().stream().filter(Anchors.SAM::contains).count())
                .append(" of its ").append(Anchors.SAM.size()).append(" event types are the anchor of a fixture.\n\n")
                .append("| SAM service | event types | with a fixture |\n| --- | ---: | ---: |\n");
        new TreeMap<>(Anchors.SAM_BY_SERVICE).forEach((service, types) -> out.append("| ").append(service).append(" | ").append(types.size())
                .append(" | ").append(types.stream().filter(t -> samAnchors.containsKey(service + " " + t)).count()).append(" |\n"));
        Set<String> goMissing = new TreeSet<>(Anchors.GO);
        goMissing.removeAll(goAnchors);
        out.append("\naws-lambda-go `events/testdata`: ").append(Anchors.GO.size() - goMissing.size()).append(" of its ")
                .append(Anchors.GO.size()).append(" files are the anchor of a fixture");
        out.append(goMissing.isEmpty() ? ".\n\n" : "; without one: " + String.join(", ", goMissing.stream().map(g -> "`" + g + "`").toList()) + ".\n\n");
    }

    private static void fixture(StringBuilder out, FixtureDefinition definition, JsonNode legacy) {
        out.append("### ").append(definition.id()).append("\n\n").append(definition.description()).append("\n\n");
        out.append("- Class: ").append(definition.typeName().map(t -> "`" + t.substring(t.lastIndexOf('.') + 1) + "`").orElse("JSON only")).append('\n');
        List<String> anchors = new ArrayList<>();
        if (definition.anchors().containsKey("sam")) {
            anchors.add("SAM `" + definition.anchors().get("sam") + "`");
        }
        if (definition.anchors().containsKey("go")) {
            anchors.add("Go `" + definition.anchors().get("go") + "`");
        }
        if (!anchors.isEmpty()) {
            out.append("- Anchors: ").append(String.join(", ", anchors)).append('\n');
        }
        if (definition.parameters().isEmpty()) {
            out.append("- Parameters: none\n");
        } else {
            out.append("- Parameters:\n");
            definition.parameters().values().forEach(p -> out.append("  - `").append(p.name()).append("` = ").append(code(p.defaultValue()))
                    .append(": ").append(p.description()).append('\n'));
        }
        if (definition.typeName().isPresent()) {
            if (definition.losses().isEmpty()) {
                out.append("- Known losses: none\n");
            } else {
                out.append("- Known losses:\n");
                definition.losses().forEach((path, reason) -> out.append("  - `").append(path).append("`: ").append(reason).append('\n'));
            }
            legacyNote(out, definition.id(), legacy);
        }
        out.append('\n');
    }

    private static void legacyNote(StringBuilder out, String id, JsonNode legacy) {
        String with = "- With aws-lambda-java-events " + LEGACY_VERSION + ": ";
        if (legacy.path("classesMissing").has(id)) {
            out.append(with).append("no such class\n");
        } else if (legacy.path("unreadableIn" + LEGACY_VERSION).has(id)) {
            out.append(with).append("cannot be read (").append(legacy.path("unreadableIn" + LEGACY_VERSION).get(id).asText()).append(")\n");
        } else {
            List<String> notes = new ArrayList<>();
            pointers(legacy.path("lostOnlyIn" + LEGACY_VERSION).path(id), "also loses", notes);
            pointers(legacy.path("keptOnlyIn" + LEGACY_VERSION).path(id), "keeps", notes);
            pointers(legacy.path("addedOnlyIn" + LEGACY_VERSION).path(id), "adds", notes);
            if (!notes.isEmpty()) {
                out.append(with).append(String.join("; ", notes)).append('\n');
            }
        }
    }

    private static void pointers(JsonNode array, String verb, List<String> notes) {
        if (array.isArray() && !array.isEmpty()) {
            List<String> pointers = new ArrayList<>();
            array.forEach(p -> pointers.add("`" + p.asText() + "`"));
            notes.add(verb + " " + String.join(", ", pointers));
        }
    }

    private static JsonNode legacyDifferences() {
        try (InputStream in = CatalogueWriter.class.getResourceAsStream("legacy-events-" + LEGACY_VERSION + ".json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> services(Map<String, FixtureDefinition> definitions) {
        Set<String> services = new TreeSet<>();
        definitions.values().forEach(d -> services.add(d.service()));
        return services;
    }

    /** A Markdown code span that survives backticks, pipes and line breaks in the value. */
    private static String code(String value) {
        String text = value.replace("\n", "\\n");
        String fence = text.contains("`") ? "``" : "`";
        String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
        return text.isEmpty() ? "\"\"" : fence + padded + fence;
    }
}
