package dev.lambdaharness.conformance.internal.report;

import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.Outcome;
import dev.lambdaharness.conformance.Suppression;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The report as one self-contained HTML page, readable offline and from a CI system's artefacts:
 * inline CSS, a chart as inline SVG, no script and no link outside the page. It holds the counts,
 * a matrix of functions by rules and checks (each cell linking to its finding), each failure's
 * severity, message and evidence (the call chain, the invocation's logs), the checks not run with
 * their reasons, and the suppressions with theirs.
 *
 * <pre>{@code
 * HtmlReport.write(report, Path.of("target/lambda-harness/conformance.html"));
 * }</pre>
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#1d2327}
            h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
            table{border-collapse:collapse}th,td{border:1px solid #c3c4c7;padding:.3em .5em;text-align:left}
            table.matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;white-space:nowrap}
            td.PASSED{background:#d7f5dd}td.FAILED{background:#fbd9d7}td.FAILED.WARNING{background:#fcf0c8}td.NOT_RUN{background:#e8e8e8}
            td a{color:inherit;text-decoration:none}
            .severity{font-size:.8em;padding:0 .4em;border-radius:3px;background:#fbd9d7}.severity.WARNING{background:#fcf0c8}
            .severity.INFO{background:#dbe9f9}pre{background:#f6f7f7;padding:.6em;overflow-x:auto;white-space:pre-wrap}
            """;

    private HtmlReport() {
    }

    /** Writes the page to the file. */
    public static void write(ConformanceReport report, Path file) throws IOException {
        Files.writeString(file, page(report), StandardCharsets.UTF_8);
    }

    /** @return the page */
    public static String page(ConformanceReport report) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Lambda Harness conformance</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Lambda Harness conformance</h1>\n<p class=\"summary\">").append(report.functions().size())
                .append(" function(s): ").append(report.count(Outcome.PASSED)).append(" passed, ")
                .append(report.count(Outcome.FAILED)).append(" failed, ").append(report.count(Outcome.NOT_RUN))
                .append(" not run, ").append(report.suppressions().size()).append(" suppression(s)</p>\n");
        chart(report, html);
        matrix(report, html);
        failures(report, html);
        notRun(report, html);
        suppressions(report, html);
        return html.append("</body>\n</html>\n").toString();
    }

    /** A bar per function, its results split by outcome: green passed, red failed, grey not run. */
    private static void chart(ConformanceReport report, StringBuilder html) {
        int rowHeight = 22;
        int width = 600;
        int labelWidth = 180;
        int height = rowHeight * report.functions().size() + 10;
        html.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title>Results per function: passed, failed, not run</title>\n");
        int y = 5;
        for (String function : report.functions()) {
            long passed = count(report, function, Outcome.PASSED);
            long failed = count(report, function, Outcome.FAILED);
            long notRun = count(report, function, Outcome.NOT_RUN);
            double total = Math.max(1, passed + failed + notRun);
            double scale = (width - labelWidth - 10) / total;
            html.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(escape(function)).append("</text>\n");
            double x = labelWidth;
            x = bar(html, "passed", "#4caf50", x, y, passed * scale, passed, function);
            x = bar(html, "failed", "#e53935", x, y, failed * scale, failed, function);
            bar(html, "not-run", "#9e9e9e", x, y, notRun * scale, notRun, function);
            y += rowHeight;
        }
        html.append("</svg>\n");
    }

    private static double bar(StringBuilder html, String outcome, String colour, double x, int y, double width, long count,
            String function) {
        if (count > 0) {
            html.append("<rect class=\"").append(outcome).append("\" x=\"").append(format(x)).append("\" y=\"").append(y)
                    .append("\" width=\"").append(format(width)).append("\" height=\"18\" fill=\"").append(colour)
                    .append("\"><title>").append(escape(function)).append(": ").append(count).append(' ')
                    .append(outcome.replace('-', ' ')).append("</title></rect>\n");
        }
        return x + width;
    }

    private static void matrix(ConformanceReport report, StringBuilder html) {
        html.append("<h2>Functions by rules and checks</h2>\n<table class=\"matrix\">\n<thead><tr><th>function</th>");
        for (String check : report.checks()) {
            html.append("<th class=\"col\" scope=\"col\">").append(escape(check)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (String function : report.functions()) {
            html.append("<tr><th scope=\"row\">").append(escape(function)).append("</th>");
            for (String check : report.checks()) {
                Optional<CheckResult> found = report.result(function, check);
                if (found.isEmpty()) {
                    html.append("<td></td>");
                    continue;
                }
                CheckResult result = found.get();
                html.append("<td class=\"").append(result.outcome()).append(' ').append(result.severity())
                        .append("\" data-check=\"").append(escape(check)).append("\" title=\"").append(escape(result.message()))
                        .append("\">");
                switch (result.outcome()) {
                    case PASSED -> html.append("passed");
                    case FAILED -> html.append("<a href=\"#").append(anchor(result)).append("\">")
                            .append(result.severity().name().toLowerCase(Locale.ROOT)).append("</a>");
                    case NOT_RUN -> html.append("not run");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void failures(ConformanceReport report, StringBuilder html) {
        html.append("<h2>Findings</h2>\n");
        boolean any = false;
        for (CheckResult result : report.results()) {
            if (result.outcome() != Outcome.FAILED) {
                continue;
            }
            any = true;
            html.append("<section class=\"finding\" id=\"").append(anchor(result)).append("\">\n<h3>")
                    .append(escape(result.function())).append(": ").append(escape(result.check())).append(" <span class=\"severity ")
                    .append(result.severity()).append("\">").append(result.severity()).append("</span> <span class=\"kind\">")
                    .append(result.kind() == CheckResult.Kind.RULE ? "rule" : "check").append("</span></h3>\n<p class=\"message\">")
                    .append(escape(result.message())).append("</p>\n");
            if (!result.evidence().isEmpty()) {
                html.append("<pre class=\"evidence\">").append(escape(String.join("\n", result.evidence()))).append("</pre>\n");
            }
            html.append("</section>\n");
        }
        if (!any) {
            html.append("<p>None.</p>\n");
        }
    }

    private static void notRun(ConformanceReport report, StringBuilder html) {
        html.append("<h2>Not run</h2>\n<ul class=\"not-run\">\n");
        for (CheckResult result : report.results()) {
            if (result.outcome() == Outcome.NOT_RUN) {
                html.append("<li><strong>").append(escape(result.function())).append(": ").append(escape(result.check()))
                        .append("</strong>: ").append(escape(result.message())).append("</li>\n");
            }
        }
        html.append("</ul>\n");
    }

    private static void suppressions(ConformanceReport report, StringBuilder html) {
        html.append("<h2>Suppressions</h2>\n<table class=\"suppressions\">\n<thead><tr><th>function</th><th>rule</th>")
                .append("<th>where</th><th>reason</th></tr></thead>\n<tbody>\n");
        for (Suppression suppression : report.suppressions()) {
            html.append("<tr><td>").append(escape(suppression.function())).append("</td><td>").append(escape(suppression.rule()))
                    .append("</td><td>").append(escape(suppression.where())).append("</td><td>")
                    .append(escape(suppression.reason())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static long count(ConformanceReport report, String function, Outcome outcome) {
        return report.results().stream().filter(r -> r.function().equals(function) && r.outcome() == outcome).count();
    }

    private static String anchor(CheckResult result) {
        return "finding-" + (result.function() + "-" + result.check()).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
