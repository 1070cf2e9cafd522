package uk.registerly.rules.schoolday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A RETURNED: pupil {@link #pupil} came back on site at {@link #at} (trusted, school-local). Immutable. */
public final class PupilReturn {
    private final String id;
    private final String pupil;
    private final LocalDateTime at;

    public PupilReturn(String id, String pupil, LocalDateTime at) {
        this.id = Objects.requireNonNull(id, "id");
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.at = Objects.requireNonNull(at, "at");
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
}
