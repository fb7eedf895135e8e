package dev.lambdaharness.core.internal.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cold-start suite end to end, as the {@code coldstart} goal runs it: checks the settings and the
 * baseline before any child starts, measures each function ({@link ColdStartRunner}), holds it to
 * its budget, and writes the JSON result, a baseline candidate and the HTML report into the output
 * folder (and the baseline itself when asked to update it).
 *
 * <pre>{@code
 * ColdStartSuite.Outcome outcome = ColdStartSuite.run(settings, log::info);
 * if (!outcome.overBudget().isEmpty()) {
 *     throw new MojoFailureException(String.join("\n", outcome.overBudget()));
 * }
 * }</pre>
 */
public final class ColdStartSuite {

    /** The JSON result's file name in the output folder. */
    public static final String RESULT = "coldstart.json";
    /** The HTML report's file name in the output folder. */
    public static final String REPORT = "coldstart.html";
    /** The baseline candidate's file name in the output folder: this run's result, to copy where the baseline is kept. */
    public static final String BASELINE_CANDIDATE = "baseline.json";

    private ColdStartSuite() {
    }

    /**
     * What the suite runs on.
     *
     * @param run what the run is of
     * @param functions the functions, at least one
     * @param floor whether the RIC's own start is measured beside each cold start
     * @param warmUp whether one unmeasured cold start runs first
     * @param baselineFile the baseline's file, read when it exists
     * @param baselineParameter the parameter that names it, for messages
     * @param updateBaseline whether this run's result replaces the baseline (budgets are then not held to it)
     * @param outputDirectory where the result, the report and the baseline candidate go
     */
    public record Settings(ColdStartRun run, List<ColdStartFunction> functions, boolean floor, boolean warmUp, Path baselineFile,
            String baselineParameter, boolean updateBaseline, Path outputDirectory) {
    }

    /**
     * What the suite found.
     *
     * @param verdicts each function's figures and verdict
     * @param overBudget the lines of the functions over budget, empty when all are within
     * @param result the JSON result
     * @param report the HTML report
     */
    public record Outcome(List<ColdStartVerdict> verdicts, List<String> overBudget, Path result, Path report) {
    }

    /**
     * Checks what can be checked before any child starts.
     *
     * @return the baseline, when its file exists and is not being replaced
     * @throws IllegalArgumentException with one line naming the parameter, the value and the fix
     */
    public static Optional<ColdStartBaseline> check(Settings settings) {
        if (settings.functions().isEmpty()) {
            throw new IllegalArgumentException("<functions> is empty: declare each function to measure in the plugin's"
                    + " configuration, with at least its <handler>.");
        }
        Optional<ColdStartBaseline> baseline = Optional.empty();
        if (!settings.updateBaseline() && Files.isRegularFile(settings.baselineFile())) {
            baseline = Optional.of(ColdStartBaseline.read(settings.baselineFile(), settings.baselineParameter(),
                    settings.run().project(), settings.run().harnessVersion()));
        }
        for (ColdStartFunction function : settings.functions()) {
            Optional<ColdStartBudget> budget = function.budget();
            if (settings.updateBaseline() || budget.isEmpty() || !budget.get().relative()) {
                continue;
            }
            if (baseline.isEmpty()) {
                throw new IllegalArgumentException("Function " + function.name() + " has the budget " + budget.get().text()
                        + ", relative to a baseline, but " + settings.baselineParameter() + " = " + settings.baselineFile()
                        + " does not exist; " + ColdStartBaseline.HOW_TO_RECORD + ", or give an absolute budget such as 1.5s.");
            }
            if (baseline.get().total(function.name()).isEmpty()) {
                throw new IllegalArgumentException("Function " + function.name() + " has the budget " + budget.get().text()
                        + ", relative to a baseline, but " + settings.baselineParameter() + " = " + settings.baselineFile()
                        + " has no figures of it; " + ColdStartBaseline.HOW_TO_RECORD + ".");
            }
        }
        return baseline;
    }

    /**
     * Runs the suite.
     *
     * @param progress receives the console lines
     * @throws IllegalArgumentException for bad settings, before any child starts
     * @throws ColdStartRunner.ColdStartFailure when a function does not answer its cold start
     */
    public static Outcome run(Settings settings, Consumer<String> progress) {
        Optional<ColdStartBaseline> baseline = check(settings);
        long start = System.nanoTime();
        ColdStartRunner runner = new ColdStartRunner(settings.run().runs(), settings.floor(), settings.run().cpuShare(), progress);
        if (settings.warmUp()) {
            runner.warmUp(settings.functions().get(0));
        }
        List<ColdStartVerdict> verdicts = new ArrayList<>();
        List<String> overBudget = new ArrayList<>();
        for (ColdStartFunction function : settings.functions()) {
            ColdStartVerdict verdict = ColdStartVerdict.of(runner.measure(function), baseline);
            verdicts.add(verdict);
            progress.accept(verdict.line());
            if (verdict.overBudget()) {
                overBudget.add(verdict.line());
            }
        }
        Path result = settings.outputDirectory().resolve(RESULT);
        Path report = settings.outputDirectory().resolve(REPORT);
        try {
            ColdStartJson.write(result, settings.run(), verdicts);
            Files.copy(result, settings.outputDirectory().resolve(BASELINE_CANDIDATE), StandardCopyOption.REPLACE_EXISTING);
            ColdStartHtml.write(report, settings.run(), verdicts);
            if (settings.updateBaseline()) {
                Path parent = settings.baselineFile().toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.copy(result, settings.baselineFile(), StandardCopyOption.REPLACE_EXISTING);
                progress.accept("Baseline recorded in " + settings.baselineFile() + "; commit it to hold later runs to it.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cold-start results into " + settings.outputDirectory() + ": "
                    + e.getMessage(), e);
        }
        progress.accept(String.format(Locale.ROOT, "Cold-start report: %s (JSON: %s); %d function%s measured in %.1f s",
                report, result, verdicts.size(), verdicts.size() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9));
        return new Outcome(verdicts, overBudget, result, report);
    }
}
