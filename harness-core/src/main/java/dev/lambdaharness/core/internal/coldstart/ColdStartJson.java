package dev.lambdaharness.core.internal.coldstart;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.SerializationFeature;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import dev.lambdaharness.internal.jackson.databind.node.ArrayNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import java.io.IOException;
import dev.lambdaharness.core.internal.child.CpuShare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The cold-start suite's result as JSON: the run's settings, then per function its configuration,
 * budget, the distributions of each figure, the floor, the baseline it was held to, and every
 * sample. The same document serves as a baseline for a later run ({@link ColdStartBaseline}).
 *
 * <pre>{@code
 * ColdStartJson.write(Path.of("target/lambda-harness/coldstart/coldstart.json"), run, verdicts);
 * }</pre>
 */
public final class ColdStartJson {

    /** The document's format, which a baseline must have. */
    public static final int FORMAT = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ColdStartJson() {
    }

    /** Writes the document, replacing an earlier one; its folder is created. */
    public static void write(Path file, ColdStartRun run, List<ColdStartVerdict> verdicts) throws IOException {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", FORMAT);
        document.put("project", run.project());
        document.put("harnessVersion", run.harnessVersion());
        document.put("recorded", run.recorded());
        document.put("runtimeClient", "RIC");
        document.put("runs", run.runs());
        document.put("cpu", run.cpuShare() ? "lambda-share" : "machine");
        ArrayNode functions = document.putArray("functions");
        for (ColdStartVerdict verdict : verdicts) {
            FunctionColdStarts figures = verdict.figures();
            ObjectNode function = functions.addObject();
            function.put("name", figures.function().name());
            function.put("handler", figures.function().config().handler());
            function.put("memorySizeMb", figures.function().config().memorySize());
            function.put("runtime", figures.function().config().runtime().id());
            figures.function().budget().ifPresent(budget -> function.put("budget", budget.text()));
            verdict.limitMs().ifPresent(limit -> function.put("limitMs", limit));
            function.put("overBudget", verdict.overBudget());
            put(function, "totalMs", Optional.of(figures.total()));
            put(function, "initDurationMs", Optional.of(figures.initDuration()));
            put(function, "durationMs", Optional.of(figures.duration()));
            put(function, "classesLoaded", figures.classesLoaded());
            put(function, "maxMemoryUsedMb", figures.maxMemoryUsed());
            if (run.cpuShare()) {
                function.put("cpuShareVcpu", CpuShare.forMemory(figures.function().config().memorySize()));
            }
            put(function, "measuredVcpu", figures.vcpu());
            put(function, "ricOwnStartMs", figures.floor());
            put(function, "baselineTotalMs", verdict.baseline());
            ArrayNode samples = function.putArray("samples");
            for (ColdStartSample sample : figures.samples()) {
                ObjectNode node = samples.addObject();
                node.put("totalMs", sample.totalMs());
                node.put("initDurationMs", sample.initDurationMs());
                node.put("durationMs", sample.durationMs());
                sample.classesLoaded().ifPresent(classes -> node.put("classesLoaded", classes));
                sample.maxMemoryUsedMb().ifPresent(memory -> node.put("maxMemoryUsedMb", memory));
                sample.vcpu().ifPresent(vcpu -> node.put("measuredVcpu", vcpu));
            }
            ArrayNode floor = function.putArray("ricOwnStartSamplesMs");
            figures.floorMs().forEach(floor::add);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        MAPPER.writeValue(file.toFile(), document);
    }

    private static void put(ObjectNode function, String field, Optional<Distribution> distribution) {
        distribution.ifPresent(d -> {
            ObjectNode node = function.putObject(field);
            node.put("count", d.count());
            node.put("min", d.min());
            node.put("p50", d.p50());
            node.put("p90", d.p90());
            node.put("max", d.max());
            node.put("spread", d.spread());
        });
    }

    /** A distribution as {@link #write} wrote it. */
    static Distribution distribution(JsonNode node) {
        return new Distribution(node.path("count").asInt(), node.path("min").asDouble(), node.path("p50").asDouble(),
                node.path("p90").asDouble(), node.path("max").asDouble());
    }
}
