package uk.registerly.rules.spotcheck;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A SPOT_CHECK: a member of staff checked {@link #where} at {@link #at}: who was expected, who was found. */
public final class SpotCheck {
    private final String id;
    private final String where;
    private final String classId;
    private final LocalDateTime at;
    private final Set<String> expected;
    private final Set<String> found;

    public SpotCheck(String id, String where, String classId, LocalDateTime at, Set<String> expected,
            Set<String> found) {
        this.id = Objects.requireNonNull(id, "id");
        this.where = Objects.requireNonNull(where, "where");
        this.classId = classId;
        this.at = Objects.requireNonNull(at, "at");
        this.expected = Collections.unmodifiableSet(new LinkedHashSet<>(expected));
        this.found = Collections.unmodifiableSet(new LinkedHashSet<>(found));
    }

    public String id() {
        return id;
    }

    /** The class or room, in words ("3A", "Science lab 2"). */
    public String where() {
        return where;
    }

    /** The class checked, or null for a room. */
    public String classId() {
        return classId;
    }

    public LocalDateTime at() {
        return at;
    }

    public Set<String> expected() {
        return expected;
    }

    public Set<String> found() {
        return found;
    }
}
