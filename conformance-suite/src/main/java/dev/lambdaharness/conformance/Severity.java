package dev.lambdaharness.conformance;

/**
 * How much a finding of a rule or a contract check weighs: a build fails on findings at or above
 * the severity it is configured with ({@link ConformanceReport#findingsAtOrAbove(Severity)}).
 *
 * <pre>{@code
 * if (!report.findingsAtOrAbove(Severity.ERROR).isEmpty()) { ... }
 * }</pre>
 */
public enum Severity {
    /** Advice: worth reading, never a failure by default. */
    INFO,
    /** Works on Lambda, with a cost or a risk: a deployment package over 50 MB zipped. */
    WARNING,
    /** Breaks on Lambda, or breaks a best practice the rules hold. */
    ERROR;

    /**
     * @param name {@code error}, {@code warning} or {@code info}, in any case
     * @return the severity
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static Severity of(String name) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("severity '" + name + "' is not one of error, warning, info: use one of them");
    }
}
