package dev.lambdaharness.core.internal.coldstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.FunctionConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result, the baseline read back from it, the verdicts and the HTML report, on figures given here. */
class ColdStartFilesTest {

    private static final ColdStartRun RUN = new ColdStartRun("com.example:orders", "1.2.3", "2026-12-07T15:00:00Z", 3);

    @TempDir
    Path directory;

    private FunctionColdStarts figures(String budget, double... totals) {
        ColdStartFunction function = new ColdStartFunction("hello",
                FunctionConfig.builder("com.example.Hello::handleRequest").memorySize(512).build(),
                FunctionCode.fromPaths(directory), "{}".getBytes(StandardCharsets.UTF_8),
                Optional.ofNullable(budget).map(text -> ColdStartBudget.parse("budget", text)));
        List<ColdStartSample> samples = new ArrayList<>();
        for (double total : totals) {
            samples.add(new ColdStartSample(total, total - 100, 5.5, OptionalLong.of(1800), OptionalInt.of(70)));
        }
        return new FunctionColdStarts(function, samples, List.of(300.0, 310.0, 305.0));
    }

    @Test
    void theResultIsTheBaselineOfALaterRunAndARelativeBudgetIsHeldToItsMedian() throws Exception {
        Path result = directory.resolve("coldstart.json");
        ColdStartJson.write(result, RUN, List.of(ColdStartVerdict.of(figures(null, 400, 420, 410), Optional.empty())));

        ColdStartBaseline baseline = ColdStartBaseline.read(result, "baseline", "com.example:orders", "1.2.3");
        assertThat(baseline.total("hello")).contains(new Distribution(3, 400, 410, 420, 420));
        assertThat(baseline.total("other")).isEmpty();

        ColdStartVerdict within = ColdStartVerdict.of(figures("+20%", 480, 490, 500), Optional.of(baseline));
        ColdStartVerdict over = ColdStartVerdict.of(figures("+20%", 495, 500, 505), Optional.of(baseline));
        assertThat(within.limitMs()).contains(492.0);
        assertThat(within.overBudget()).isFalse();
        assertThat(over.overBudget()).isTrue();
        assertThat(over.line()).isEqualTo("hello: time to first response p50 500.0 ms, p90 505.0 ms, max 505.0 ms over 3 cold starts;"
                + " the RIC's own start p50 305.0 ms; baseline p50 410.0 ms — OVER its budget of 492.0 ms (+20% on the baseline)");
    }

    @Test
    void anAbsoluteBudgetIsHeldWithoutABaseline() {
        assertThat(ColdStartVerdict.of(figures("450ms", 440, 460, 450), Optional.empty()).overBudget()).isFalse();
        assertThat(ColdStartVerdict.of(figures("449ms", 440, 460, 450), Optional.empty()).overBudget()).isTrue();
        assertThat(ColdStartVerdict.of(figures(null, 440, 460, 450), Optional.empty()).limitMs()).isEmpty();
    }

    @Test
    void aBaselineOfAnotherProjectOrHarnessVersionOrNoBaselineAtAllIsRefusedInOneLine() throws Exception {
        Path result = directory.resolve("coldstart.json");
        ColdStartJson.write(result, RUN, List.of(ColdStartVerdict.of(figures(null, 400), Optional.empty())));
        Path text = Files.writeString(directory.resolve("notes.json"), "{\"hello\": 1}");

        assertThatThrownBy(() -> ColdStartBaseline.read(result, "lambdaharness.coldstart.baseline", "com.example:billing", "1.2.3"))
                .hasMessage("lambdaharness.coldstart.baseline = " + result + " holds the cold starts of project com.example:orders,"
                        + " not of com.example:billing; point it at this project's baseline, or run the goal once with"
                        + " -Dlambdaharness.coldstart.updateBaseline=true to record it.");
        assertThatThrownBy(() -> ColdStartBaseline.read(result, "baseline", "com.example:orders", "2.0.0"))
                .hasMessageContaining("was recorded with Lambda Harness 1.2.3, not 2.0.0");
        assertThatThrownBy(() -> ColdStartBaseline.read(text, "baseline", "com.example:orders", "1.2.3"))
                .hasMessageContaining("is not a cold-start baseline of format 1");
    }

    @Test
    void theReportIsOnePageWithAChartOfEveryRunAndNothingFetchedOrRun() throws Exception {
        Path report = directory.resolve("coldstart.html");
        ColdStartBaseline baseline = new ColdStartBaseline(report, "earlier", Map.of("hello", new Distribution(3, 380, 390, 400, 400)));
        ColdStartHtml.write(report, RUN, List.of(ColdStartVerdict.of(figures("+10%", 400, 420, 410), Optional.of(baseline))));

        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg", "baseline (p50 to max)", "budget 429 ms",
                "<td>classes loaded</td><td>1,800</td>");
        // A dot per run in each of three rows: time to first response, Init Duration, the RIC's own start.
        assertThat(html.split("<circle", -1)).hasSize(3 + 3 + 3 + 1);
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link", "<img", "@import", "url(");
    }

    @Test
    void theCpuModeNamesThePeriodAndTheMemoryPerVcpu() {
        ColdStartRun held = new ColdStartRun("com.example:orders", "1.2.3", "2026-12-07T15:00:00Z", 3, true);
        assertThat(held.cpuMode()).isEqualTo("Lambda's share: each child duty-cycled with SIGSTOP and SIGCONT every 100 ms"
                + " to its memory size's share of one vCPU (1,769 MB per vCPU)");
        assertThat(RUN.cpuMode()).isEqualTo("this machine's: the children were not held to Lambda's share of a CPU");
    }
}
