package uk.registerly.rules.schoolday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * An EARLY_DEPARTURE: pupil {@link #pupil} signed out at {@link #at} (trusted, school-local) for {@link #reason},
 * collected by {@link #collector}, approved or not and by whom. Immutable.
 */
public final class EarlyDeparture {
    /** Earliest first; ties go to the smaller id, so every device orders the same facts the same way. */
    public static final Comparator<EarlyDeparture> BY_TIME = Comparator.comparing(EarlyDeparture::at)
            .thenComparing(EarlyDeparture::id);

    private final String id;
    private final String pupil;
    private final LocalDateTime at;
    private final DepartureReason reason;
    private final Collector collector;
    private final String note;
    private final boolean approved;
    private final String approvedBy;

    public EarlyDeparture(String id, String pupil, LocalDateTime at, DepartureReason reason, Collector collector,
            String note, boolean approved, String approvedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.at = Objects.requireNonNull(at, "at");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.collector = Objects.requireNonNull(collector, "collector");
        this.note = note;
        this.approved = approved;
        this.approvedBy = approvedBy;
    }

    public String id() {
        return id;
    }

    public String pupil() {
        return pupil;
    }

    public LocalDateTime at() {
        return at;
    }

    public LocalDate date() {
        return at.toLocalDate();
    }

    public DepartureReason reason() {
        return reason;
    }

    public Collector collector() {
        return collector;
    }

    public String note() {
        return note;
    }

    public boolean approved() {
        return approved;
    }

    /** "Name, Position" of who approved it, or null. */
    public String approvedBy() {
        return approvedBy;
    }
}
