package dev.lambdaharness.core.probe;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/** Date-like values, to see how they are written. */
public class Dates {
    private final Date date = new Date(1700000000123L);
    private final Instant instant = Instant.ofEpochMilli(1700000000123L);
    private final LocalDate localDate = LocalDate.of(2024, 1, 2);
    private final Optional<String> empty = Optional.empty();
    private final Optional<String> present = Optional.of("x");

    public Date getDate() {
        return date;
    }

    public Instant getInstant() {
        return instant;
    }

    public LocalDate getLocalDate() {
        return localDate;
    }

    public Optional<String> getEmpty() {
        return empty;
    }

    public Optional<String> getPresent() {
        return present;
    }
}
