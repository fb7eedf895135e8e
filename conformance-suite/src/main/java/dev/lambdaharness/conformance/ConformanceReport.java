package dev.lambdaharness.conformance;

import dev.lambdaharness.conformance.internal.report.ConsoleSummary;
import dev.lambdaharness.conformance.internal.report.HtmlReport;
import dev.lambdaharness.conformance.internal.report.JUnitXmlReport;
import dev.lambdaharness.conformance.internal.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The results of {@link ConformanceSuite}: one per function and rule or check, and the
 * suppressions found in the functions' code.
 *
 * <pre>{@code
 * ConformanceReport report = suite.run();
 * System.out.print(report.summary());
 * report.writeAll(Path.of("target/lambda-harness"));   // conformance.json, TEST-lambda-harness-conformance.xml, conformance.html
 * report.findingsAtOrAbove(Severity.ERROR).forEach(finding -> System.out.println(finding.message()));
 * }</pre>
 */
public final class ConformanceReport {

    private final List<CheckResult> results;
    private final List<Suppression> suppressions;

    /**
     * @param results the results, in the order they were found
     * @param suppressions the suppressions found
     */
    public ConformanceReport(List<CheckResult> results, List<Suppression> suppressions) {
        this.results = List.copyOf(results);
        this.suppressions = List.copyOf(suppressions);
    }

    /** @return every result */
    public List<CheckResult> results() {
        return results;
    }

    /** @return the suppressions found in the functions' classes, with their reasons */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** @return the functions' names, in order */
    public List<String> functions() {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(result -> names.add(result.function()));
        return List.copyOf(names);
    }

    /** @return the rules' and checks' ids, rules first, in order */
    public List<String> checks() {
        Set<String> ids = new LinkedHashSet<>();
        results.stream().filter(r -> r.kind() == CheckResult.Kind.RULE).forEach(r -> ids.add(r.check()));
        results.stream().filter(r -> r.kind() == CheckResult.Kind.CHECK).forEach(r -> ids.add(r.check()));
        return List.copyOf(ids);
    }

    /** @return the result of one function's rule or check ({@code no-exit}, {@code cold-warm-same-result}) */
    public Optional<CheckResult> result(String function, String check) {
        return results.stream().filter(r -> r.function().equals(function) && r.check().equals(check)).findFirst();
    }

    /** @return the failures at or above the severity */
    public List<CheckResult> findingsAtOrAbove(Severity threshold) {
        List<CheckResult> findings = new ArrayList<>();
        for (CheckResult result : results) {
            if (result.isFindingAtOrAbove(threshold)) {
                findings.add(result);
            }
        }
        return findings;
    }

    /** @return how many results have the outcome */
    public long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The file name of the JSON report {@link #writeAll(Path)} writes. */
    public static final String JSON_FILE = "conformance.json";
    /** The file name of the JUnit XML report {@link #writeAll(Path)} writes (CI systems collect {@code TEST-*.xml}). */
    public static final String JUNIT_XML_FILE = "TEST-lambda-harness-conformance.xml";
    /** The file name of the HTML page {@link #writeAll(Path)} writes. */
    public static final String HTML_FILE = "conformance.html";

    /** @return the console summary: the counts, then a line per failure and per check not run */
    public String summary() {
        return ConsoleSummary.of(this);
    }

    /** Writes the JSON report: the counts, every result with its evidence, every suppression. */
    public void writeJson(Path file) throws IOException {
        JsonReport.write(this, file);
    }

    /** Writes the JUnit XML report: a test suite per function, a test case per rule and check. */
    public void writeJUnitXml(Path file) throws IOException {
        JUnitXmlReport.write(this, file);
    }

    /** Writes the self-contained HTML page: inline CSS and SVG, no script, no link outside the page. */
    public void writeHtml(Path file) throws IOException {
        HtmlReport.write(this, file);
    }

    /**
     * Writes the three report files into the directory (created if needed): {@value #JSON_FILE},
     * {@value #JUNIT_XML_FILE} and {@value #HTML_FILE}.
     *
     * @return the files written, in that order
     */
    public List<Path> writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON_FILE);
        Path xml = directory.resolve(JUNIT_XML_FILE);
        Path html = directory.resolve(HTML_FILE);
        writeJson(json);
        writeJUnitXml(xml);
        writeHtml(html);
        return List.of(json, xml, html);
    }
}
