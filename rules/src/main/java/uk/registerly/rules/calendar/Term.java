package uk.registerly.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A term (or half-term): every Monday-Friday from {@code from} to {@code to}, both included. */
public final class Term {
    private final LocalDate from;
    private final LocalDate to;

    public Term(LocalDate from, LocalDate to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a term cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
