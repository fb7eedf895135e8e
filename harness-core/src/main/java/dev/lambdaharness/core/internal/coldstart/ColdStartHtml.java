package dev.lambdaharness.core.internal.coldstart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.lambdaharness.core.internal.child.CpuShare;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cold-start report as one self-contained HTML page: inline CSS, and per function a table of its
 * figures and an inline SVG chart of their distribution (each cold start a dot, p50 and p90 marked,
 * the RIC's own start beside them, the baseline's p50 to max as the trend, the budget as a line). No
 * script, no font, no image or style sheet fetched from anywhere: it opens the same from a CI
 * artifact, a mail or a file system.
 *
 * <pre>{@code
 * ColdStartHtml.write(Path.of("target/lambda-harness/coldstart/coldstart.html"), run, verdicts);
 * }</pre>
 */
public final class ColdStartHtml {

    private static final int WIDTH = 720;
    private static final int LEFT = 190;
    private static final int RIGHT = 30;
    private static final int ROW = 34;
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#222;max-width:60em}"
            + "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}table{border-collapse:collapse;margin:.5em 0}"
            + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}th:first-child,td:first-child{text-align:left}"
            + ".over{color:#b00020;font-weight:bold}.within{color:#1b7e2e}.muted{color:#666}code{font-size:.95em}"
            + "svg text{font-size:12px;fill:#333}";

    private ColdStartHtml() {
    }

    /** Writes the page, replacing an earlier one; its folder is created. */
    public static void write(Path file, ColdStartRun run, List<ColdStartVerdict> verdicts) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Cold starts of ").append(escape(run.project())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>Cold starts of ").append(escape(run.project())).append("</h1>\n<p class=\"muted\">")
                .append(run.runs()).append(" cold starts per function, each in a fresh forked environment running the AWS runtime"
                        + " interface client; recorded ").append(escape(run.recorded())).append(" with Lambda Harness ")
                .append(escape(run.harnessVersion())).append(". The RIC's own start is the managed runtime's command line started"
                        + " against a trivial Runtime API: the floor no harness can go under. CPU: ")
                .append(escape(run.cpuMode())).append("; the CPU measured is each child's CPU time over its wall time until it"
                        + " answered.</p>\n");
        for (ColdStartVerdict verdict : verdicts) {
            function(html, run, verdict);
        }
        html.append("</body></html>\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void function(StringBuilder html, ColdStartRun run, ColdStartVerdict verdict) {
        FunctionColdStarts figures = verdict.figures();
        ColdStartFunction function = figures.function();
        html.append("<h2>").append(escape(function.name())).append("</h2>\n<p><code>").append(escape(function.config().handler()))
                .append("</code>, ").append(function.config().memorySize()).append(" MB, ").append(function.config().runtime().id());
        if (run.cpuShare()) {
            html.append(", held to ").append(escape(CpuShare.describe(CpuShare.forMemory(function.config().memorySize()),
                    function.config().memorySize())));
        }
        html.append("</p>\n");
        if (verdict.limitMs().isPresent()) {
            html.append("<p class=\"").append(verdict.overBudget() ? "over" : "within").append("\">").append(escape(verdict.line()))
                    .append("</p>\n");
        } else {
            html.append("<p class=\"muted\">No budget. ").append(escape(verdict.line())).append("</p>\n");
        }
        html.append("<table><tr><th>figure</th><th>p50</th><th>p90</th><th>max</th><th>spread</th></tr>\n");
        row(html, "time to first response (ms)", Optional.of(figures.total()), 1);
        row(html, "Init Duration (ms)", Optional.of(figures.initDuration()), 1);
        row(html, "first invoke Duration (ms)", Optional.of(figures.duration()), 2);
        row(html, "classes loaded", figures.classesLoaded(), 0);
        row(html, "Max Memory Used (MB)", figures.maxMemoryUsed(), 0);
        row(html, "CPU measured (vCPU)", figures.vcpu(), 3);
        row(html, "the RIC's own start (ms)", figures.floor(), 1);
        row(html, "baseline: time to first response (ms)", verdict.baseline(), 1);
        html.append("</table>\n");
        chart(html, verdict);
    }

    private static void row(StringBuilder html, String label, Optional<Distribution> distribution, int decimals) {
        distribution.ifPresent(d -> html.append("<tr><td>").append(escape(label)).append("</td><td>").append(number(d.p50(), decimals))
                .append("</td><td>").append(number(d.p90(), decimals)).append("</td><td>").append(number(d.max(), decimals))
                .append("</td><td>").append(number(d.spread(), decimals)).append("</td></tr>\n"));
    }

    /** One row of dots per figure on a shared millisecond axis from 0. */
    private static void chart(StringBuilder html, ColdStartVerdict verdict) {
        FunctionColdStarts figures = verdict.figures();
        List<String> labels = new ArrayList<>(List.of("time to first response", "Init Duration"));
        List<List<Double>> rows = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        List<Double> inits = new ArrayList<>();
        figures.samples().forEach(sample -> {
            totals.add(sample.totalMs());
            inits.add(sample.initDurationMs());
        });
        rows.add(totals);
        rows.add(inits);
        if (!figures.floorMs().isEmpty()) {
            labels.add("the RIC's own start");
            rows.add(figures.floorMs());
        }
        double top = figures.total().max();
        for (List<Double> row : rows) {
            top = Math.max(top, row.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        if (verdict.baseline().isPresent()) {
            top = Math.max(top, verdict.baseline().get().max());
        }
        if (verdict.limitMs().isPresent()) {
            top = Math.max(top, verdict.limitMs().get());
        }
        double scale = niceCeiling(top * 1.05);
        int rowsShown = rows.size() + (verdict.baseline().isPresent() ? 1 : 0);
        int height = 30 + rowsShown * ROW + 30;
        html.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"distribution of the cold starts of ").append(escape(figures.function().name()))
                .append("\">\n");
        int axisY = 20 + rowsShown * ROW;
        for (int tick = 0; tick <= 5; tick++) {
            double x = x(scale * tick / 5, scale);
            html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"15\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>", x, x, axisY))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s ms</text>\n", x, axisY + 18,
                            number(scale * tick / 5, 0)));
        }
        for (int i = 0; i < rows.size(); i++) {
            int y = 20 + i * ROW + ROW / 2;
            html.append("<text x=\"0\" y=\"").append(y + 4).append("\">").append(escape(labels.get(i))).append("</text>\n");
            Distribution distribution = Distribution.of(rows.get(i));
            for (double value : rows.get(i)) {
                html.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\" fill-opacity=\"0.6\"/>",
                        x(value, scale), y, i == 2 ? "#888" : "#1f5fa8"));
            }
            mark(html, distribution.p50(), y, scale, "p50", "#000");
            mark(html, distribution.p90(), y, scale, "p90", "#555");
            html.append('\n');
        }
        verdict.baseline().ifPresent(before -> {
            int y = 20 + rows.size() * ROW + ROW / 2;
            html.append("<text x=\"0\" y=\"").append(y + 4).append("\">baseline (p50 to max)</text>")
                    .append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c77d00\" stroke-width=\"4\"/>",
                            x(before.p50(), scale), y, Math.max(x(before.max(), scale), x(before.p50(), scale) + 2), y));
            mark(html, before.p50(), y, scale, "p50", "#c77d00");
            html.append('\n');
        });
        verdict.limitMs().ifPresent(limit -> html.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"15\" x2=\"%.1f\" y2=\"%d\" stroke=\"#b00020\" stroke-dasharray=\"5,3\"/>"
                        + "<text x=\"%.1f\" y=\"12\" text-anchor=\"middle\" fill=\"#b00020\">budget %s ms</text>\n",
                x(limit, scale), x(limit, scale), axisY, x(limit, scale), number(limit, 0))));
        html.append("</svg>\n");
    }

    private static void mark(StringBuilder html, double value, int y, double scale, String label, String colour) {
        double x = x(value, scale);
        html.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%s</text>", x, y - 9, x, y + 9, colour, x, y - 11, label));
    }

    private static double x(double value, double scale) {
        return LEFT + (WIDTH - LEFT - RIGHT) * value / scale;
    }

    /** 1, 2 or 5 times a power of ten, at least the value: axis ticks read as round numbers. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
