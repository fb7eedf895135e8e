package dev.lambdaharness.core.internal.coldstart;

import java.util.Optional;

/**
 * A function's figures held to its budget: the limit of its median time to first response (absolute,
 * or the baseline's median raised by the budget's share), and whether the median is over it.
 *
 * <pre>{@code
 * ColdStartVerdict verdict = ColdStartVerdict.of(figures, baseline);
 * if (verdict.overBudget()) {
 *     System.err.println(verdict.line());
 * }
 * }</pre>
 *
 * @param figures the function's measured cold starts
 * @param limitMs the limit, absent when the function has no budget
 * @param baseline the baseline's figures of the function, when a baseline has them
 */
public record ColdStartVerdict(FunctionColdStarts figures, Optional<Double> limitMs, Optional<Distribution> baseline) {

    /** The verdict of the figures against their function's budget and the baseline (which may be absent). */
    public static ColdStartVerdict of(FunctionColdStarts figures, Optional<ColdStartBaseline> baseline) {
        String name = figures.function().name();
        Optional<Distribution> before = baseline.flatMap(b -> b.total(name));
        Optional<Double> limit = figures.function().budget()
                .filter(budget -> !budget.relative() || before.isPresent())
                .map(budget -> budget.limitMs(before.map(Distribution::p50).orElse(0.0)));
        return new ColdStartVerdict(figures, limit, before);
    }

    /** Whether the median time to first response is over the limit. */
    public boolean overBudget() {
        return limitMs.isPresent() && figures.total().p50() > limitMs.get();
    }

    /** One line of the figures and the verdict, for the console and the failure message. */
    public String line() {
        Distribution total = figures.total();
        StringBuilder line = new StringBuilder(figures.function().name()).append(": time to first response p50 ")
                .append(ColdStartRunner.ms(total.p50())).append(", p90 ").append(ColdStartRunner.ms(total.p90()))
                .append(", max ").append(ColdStartRunner.ms(total.max())).append(" over ").append(total.count()).append(" cold starts");
        figures.floor().ifPresent(floor -> line.append("; the RIC's own start p50 ").append(ColdStartRunner.ms(floor.p50())));
        baseline.ifPresent(before -> line.append("; baseline p50 ").append(ColdStartRunner.ms(before.p50())));
        if (limitMs.isPresent()) {
            ColdStartBudget budget = figures.function().budget().orElseThrow();
            line.append(overBudget() ? " — OVER its budget of " : " — within its budget of ").append(ColdStartRunner.ms(limitMs.get()));
            if (budget.relative()) {
                line.append(" (").append(budget.text()).append(" on the baseline)");
            }
        }
        return line.toString();
    }
}
