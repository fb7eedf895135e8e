package dev.lambdaharness.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The four forms of one report of rules and checks together, each read back with a real parser. */
class ConformanceReportsTest {

    private static final String FIXTURES = "dev.lambdaharness.conformance.fixtures.contract.";

    @TempDir
    static Path directory;

    private static ConformanceReport report;
    private static List<Path> files;

    @BeforeAll
    static void runTheSuite() throws Exception {
        FunctionCode code = FunctionCode.fromPaths(FixtureCode.testClassesAndLibraries());
        report = ConformanceSuite.builder()
                .function(ConformanceFunction.builder("counter", FunctionConfig.builder(FIXTURES + "Counter"), code)
                        .event("sqs/receive-message").build())
                .function(ConformanceFunction.builder("reminder", FunctionConfig.builder(FIXTURES + "Reminder"), code)
                        .event("sqs/receive-message").build())
                .build()
                .run();
        files = report.writeAll(directory);
    }

    @Test
    void rulesAndChecksAreReportedTogether() {
        assertThat(report.result("counter", "no-state-between-invocations").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.result("counter", "no-state-between-invocations").orElseThrow().kind()).isEqualTo(CheckResult.Kind.RULE);
        assertThat(report.result("counter", "cold-warm-same-result").orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(report.result("reminder", "background-work-finishes").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(report.suppressions()).containsExactly(new Suppression("reminder", "background-work-finishes",
                FIXTURES + "Reminder", "a reminder drill: the thread left running is the point"));
    }

    @Test
    void theConsoleSummaryCountsAndListsEachFailure() {
        String summary = report.summary();

        assertThat(summary).startsWith("Lambda Harness conformance: 2 function(s), " + report.count(Outcome.PASSED) + " passed, "
                + report.count(Outcome.FAILED) + " failed, " + report.count(Outcome.NOT_RUN) + " not run, 1 suppression(s)\n");
        assertThat(summary).contains("  FAILED  ERROR counter cold-warm-same-result: counter gave another result on a warm"
                + " environment than on a cold one for event sqs/receive-message: at /served cold 1, warm 2.");
        assertThat(summary).contains("  NOT RUN counter memory-within-size: in-process environments share the test JVM's heap");
    }

    @Test
    void theJsonHoldsEveryResultAndSuppression() throws Exception {
        JsonNode json = new ObjectMapper().readTree(files.get(0).toFile());

        assertThat(json.at("/summary/failed").asLong()).isEqualTo(report.count(Outcome.FAILED));
        assertThat(json.at("/results")).hasSize(report.results().size());
        JsonNode coldWarm = null;
        for (JsonNode result : json.at("/results")) {
            if (result.at("/function").asText().equals("counter") && result.at("/check").asText().equals("cold-warm-same-result")) {
                coldWarm = result;
            }
        }
        assertThat(coldWarm).isNotNull();
        assertThat(coldWarm.at("/outcome").asText()).isEqualTo("FAILED");
        assertThat(coldWarm.at("/kind").asText()).isEqualTo("check");
        assertThat(coldWarm.at("/evidence/0").asText()).startsWith("invocation ");
        assertThat(json.at("/suppressions/0/reason").asText()).isEqualTo("a reminder drill: the thread left running is the point");
    }

    @Test
    void theJUnitXmlHasASuitePerFunctionAndACasePerRuleAndCheck() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1).toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertThat(((NodeList) xpath.evaluate("/testsuites/testsuite", xml, XPathConstants.NODESET)).getLength()).isEqualTo(2);
        String counter = "/testsuites/testsuite[@name='lambda-harness.conformance.counter']";
        assertThat(((NodeList) xpath.evaluate(counter + "/testcase", xml, XPathConstants.NODESET)).getLength())
                .isEqualTo(report.results().stream().filter(r -> r.function().equals("counter")).count());
        assertThat(xpath.evaluate(counter + "/testcase[@name='cold-warm-same-result']/failure/@message", xml))
                .isEqualTo(report.result("counter", "cold-warm-same-result").orElseThrow().message());
        assertThat(xpath.evaluate(counter + "/testcase[@name='no-state-between-invocations']/failure/text()", xml))
                .contains(FIXTURES + "Counter.handleRequest");
        assertThat(xpath.evaluate(counter + "/testcase[@name='memory-within-size']/skipped/@message", xml))
                .startsWith("in-process environments share");
        assertThat(xpath.evaluate(counter + "/@failures", xml)).isEqualTo(String.valueOf(report.results().stream()
                .filter(r -> r.function().equals("counter") && r.outcome() == Outcome.FAILED).count()));
    }

    @Test
    void theHtmlPageIsSelfContained() throws Exception {
        Document html = Jsoup.parse(files.get(2).toFile());

        assertThat(html.select("script, link, img, iframe, object")).isEmpty();
        assertThat(html.select("[href]")).allSatisfy(link -> assertThat(link.attr("href")).startsWith("#"));
        assertThat(html.select("[src]")).isEmpty();
        assertThat(html.select("head style").first().data()).contains("table");
        assertThat(html.select("svg.chart rect.failed")).hasSize(2);
        assertThat(html.select("svg.chart rect.passed")).hasSize(2);
    }

    @Test
    void theHtmlMatrixLinksEachFailureToItsEvidence() throws Exception {
        Document html = Jsoup.parse(files.get(2).toFile());

        assertThat(html.select("table.matrix thead th.col").eachText()).isEqualTo(report.checks());
        assertThat(html.select("table.matrix tbody tr > th").eachText()).containsExactly("counter", "reminder");
        Element cell = html.selectFirst("table.matrix tbody tr:has(th:containsOwn(counter)) td[data-check=cold-warm-same-result]");
        assertThat(cell.classNames()).contains("FAILED", "ERROR");
        Element finding = html.getElementById(cell.selectFirst("a").attr("href").substring(1));
        assertThat(finding.selectFirst("p.message").text())
                .isEqualTo(report.result("counter", "cold-warm-same-result").orElseThrow().message());
        assertThat(finding.selectFirst(".severity").text()).isEqualTo("ERROR");
        assertThat(finding.selectFirst("pre.evidence").text()).startsWith("invocation ");

        Element rule = html.getElementById(html.selectFirst("table.matrix tbody tr:has(th:containsOwn(counter))"
                + " td[data-check=no-state-between-invocations] a").attr("href").substring(1));
        assertThat(rule.selectFirst("pre.evidence").text()).contains(FIXTURES + "Counter.handleRequest");
        assertThat(html.select("ul.not-run li").eachText()).contains("counter: memory-within-size: "
                + report.result("counter", "memory-within-size").orElseThrow().message());
    }

    @Test
    void theHtmlListsSuppressionsWithTheirReasons() throws Exception {
        Document html = Jsoup.parse(files.get(2).toFile());

        assertThat(html.select("table.suppressions tbody tr td").eachText()).containsExactly("reminder",
                "background-work-finishes", FIXTURES + "Reminder", "a reminder drill: the thread left running is the point");
    }
}
