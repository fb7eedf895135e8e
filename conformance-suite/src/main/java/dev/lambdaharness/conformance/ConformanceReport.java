package dev.lambdaharness.conformance;

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
}
