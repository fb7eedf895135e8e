package dev.lambdaharness.conformance.internal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.Outcome;
import dev.lambdaharness.conformance.Suppression;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The report as JSON, for tools: the counts, every result (function, check, kind, outcome,
 * severity, message, evidence) and every suppression.
 *
 * <pre>{@code
 * JsonReport.write(report, Path.of("target/lambda-harness/conformance.json"));
 * }</pre>
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes the report to the file. */
    public static void write(ConformanceReport report, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("functions", report.functions().size());
        summary.put("passed", report.count(Outcome.PASSED));
        summary.put("failed", report.count(Outcome.FAILED));
        summary.put("notRun", report.count(Outcome.NOT_RUN));
        ArrayNode results = root.putArray("results");
        for (CheckResult result : report.results()) {
            ObjectNode node = results.addObject();
            node.put("function", result.function());
            node.put("check", result.check());
            node.put("kind", result.kind().name().toLowerCase(java.util.Locale.ROOT));
            node.put("outcome", result.outcome().name());
            node.put("severity", result.severity().name());
            node.put("message", result.message());
            ArrayNode evidence = node.putArray("evidence");
            result.evidence().forEach(evidence::add);
        }
        ArrayNode suppressions = root.putArray("suppressions");
        for (Suppression suppression : report.suppressions()) {
            ObjectNode node = suppressions.addObject();
            node.put("function", suppression.function());
            node.put("rule", suppression.rule());
            node.put("where", suppression.where());
            node.put("reason", suppression.reason());
        }
        JSON.writeValue(file.toFile(), root);
    }
}
