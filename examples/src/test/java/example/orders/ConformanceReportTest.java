package example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceFunction;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.ConformanceSuite;
import dev.lambdaharness.conformance.Outcome;
import dev.lambdaharness.conformance.Severity;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite on this project's functions, rules and contract checks together, its
 * reports in target/lambda-harness/ (docs/conformance.md).
 */
class ConformanceReportTest {

    private static final Path REPORTS = Path.of("target", "lambda-harness");

    private static ConformanceReport report;
    private static List<Path> files;

    @BeforeAll
    static void runTheSuite() throws Exception {
        FunctionCode code = FunctionCode.fromTestClasspath();
        report = ConformanceSuite.builder()
                .function(ConformanceFunction.builder("create-order",
                                FunctionConfig.builder("example.orders.CreateOrder::handleRequest").memorySize(512).timeout(10), code)
                        .ignoring("/body/orderId")
                        .build())
                .function(ConformanceFunction.builder("ship-orders", FunctionConfig.builder("example.orders.ShipOrders"), code)
                        .build())
                .build()
                .run();
        System.out.print(report.summary());
        files = report.writeAll(REPORTS);
    }

    @Test
    void theFunctionsBreakNoRuleAndNoCheck() {
        assertThat(report.findingsAtOrAbove(Severity.INFO)).extracting(CheckResult::message).isEmpty();
        assertThat(report.result("create-order", "cold-warm-same-result").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.result("ship-orders", "redelivery-same-result").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.result("ship-orders", "no-state-between-invocations").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void whatCannotRunInProcessSaysWhy() {
        assertThat(report.results()).filteredOn(result -> result.outcome() == Outcome.NOT_RUN)
                .extracting(CheckResult::function, CheckResult::check)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("create-order", "memory-within-size"),
                        org.assertj.core.groups.Tuple.tuple("create-order", "package-size"),
                        org.assertj.core.groups.Tuple.tuple("ship-orders", "memory-within-size"),
                        org.assertj.core.groups.Tuple.tuple("ship-orders", "package-size"));
    }

    @Test
    void theConsoleSummaryCountsTheResults() {
        assertThat(report.summary()).startsWith("Lambda Harness conformance: 2 function(s), " + report.count(Outcome.PASSED)
                + " passed, 0 failed, 4 not run, 0 suppression(s)\n");
    }

    @Test
    void theJsonReportHoldsEveryResult() throws Exception {
        JsonNode json = new ObjectMapper().readTree(REPORTS.resolve("conformance.json").toFile());

        assertThat(files.get(0)).isEqualTo(REPORTS.resolve("conformance.json"));
        assertThat(json.at("/summary/functions").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/failed").asInt()).isZero();
        assertThat(json.at("/results")).hasSize(report.results().size());
    }

    @Test
    void theJUnitXmlReportHasASuitePerFunction() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REPORTS.resolve("TEST-lambda-harness-conformance.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertThat(xpath.evaluate("count(/testsuites/testsuite)", xml)).isEqualTo("2");
        assertThat(xpath.evaluate("count(//failure)", xml)).isEqualTo("0");
        assertThat(xpath.evaluate("/testsuites/testsuite[@name='lambda-harness.conformance.create-order']/testcase"
                + "[@name='cold-warm-same-result']/system-out", xml))
                .isEqualTo(report.result("create-order", "cold-warm-same-result").orElseThrow().message());
    }

    @Test
    void theHtmlReportShowsTheMatrix() throws Exception {
        Document html = Jsoup.parse(REPORTS.resolve("conformance.html").toFile());

        assertThat(html.select("script, link, img")).isEmpty();
        assertThat(html.select("table.matrix tbody tr > th").eachText()).containsExactly("create-order", "ship-orders");
        assertThat(html.select("table.matrix td.FAILED")).isEmpty();
        assertThat(html.select("table.matrix td.NOT_RUN")).hasSize(4);
        assertThat(html.select("table.matrix td.PASSED")).hasSize((int) report.count(Outcome.PASSED));
        assertThat(html.select("svg.chart rect.passed")).hasSize(2);
    }
}
