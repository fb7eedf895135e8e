package dev.lambdaharness.core.internal.coldstart;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a function's median time to first response may be: an absolute duration ({@code 800ms},
 * {@code 1.5s}, {@code PT2S}), or a share above the median a baseline recorded ({@code +20%}).
 *
 * <pre>{@code
 * ColdStartBudget budget = ColdStartBudget.parse("lambdaharness.coldstart.budget", "+20%");
 * double limitMs = budget.limitMs(baselineMedianMs);
 * }</pre>
 *
 * @param absoluteMs the limit in milliseconds, or a negative number for a relative budget
 * @param percentAboveBaseline the share above the baseline's median, for a relative budget
 * @param text the budget as written
 */
public record ColdStartBudget(double absoluteMs, double percentAboveBaseline, String text) {

    private static final Pattern MILLISECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*ms");
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*s");
    private static final Pattern RELATIVE = Pattern.compile("\\+\\s*(\\d+(?:\\.\\d+)?)\\s*%");

    /**
     * Reads a budget.
     *
     * @param parameter the parameter it came from, named in the message when it is not a budget
     * @throws IllegalArgumentException with one line naming the parameter, the value and the fix
     */
    public static ColdStartBudget parse(String parameter, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher;
        if ((matcher = MILLISECONDS.matcher(trimmed)).matches()) {
            return absolute(Double.parseDouble(matcher.group(1)), parameter, text);
        }
        if ((matcher = SECONDS.matcher(trimmed)).matches()) {
            return absolute(Double.parseDouble(matcher.group(1)) * 1000, parameter, text);
        }
        if ((matcher = RELATIVE.matcher(trimmed)).matches()) {
            return new ColdStartBudget(-1, Double.parseDouble(matcher.group(1)), text.trim());
        }
        if (trimmed.startsWith("pt")) {
            try {
                return absolute(Duration.parse(trimmed).toNanos() / 1e6, parameter, text);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException(parameter + " = '" + text + "' is not a duration or a share of the baseline;"
                + " write it as 800ms, 1.5s, PT2S, or +20% (above the baseline's median).");
    }

    private static ColdStartBudget absolute(double ms, String parameter, String text) {
        if (ms <= 0) {
            throw new IllegalArgumentException(parameter + " = '" + text + "' is no time at all; give the median time to first"
                    + " response a positive budget, such as 800ms or 1.5s.");
        }
        return new ColdStartBudget(ms, 0, text.trim());
    }

    /** Whether the limit is a share above a baseline's median. */
    public boolean relative() {
        return absoluteMs < 0;
    }

    /** The limit in milliseconds, given the baseline's median (ignored for an absolute budget). */
    public double limitMs(double baselineMedianMs) {
        return relative() ? baselineMedianMs * (1 + percentAboveBaseline / 100) : absoluteMs;
    }
}
