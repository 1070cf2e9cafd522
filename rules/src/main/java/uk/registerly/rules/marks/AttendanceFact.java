package uk.registerly.rules.marks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * One immutable, append-only fact about a pupil's attendance, as a device recorded it.
 * Facts are never changed or deleted; a session's mark is computed from all of them.
 */
public final class AttendanceFact {
    /**
     * The order facts were recorded in: by {@code at}, ties broken by id compared as
     * strings (the greater id is the later). Type, code and the withdrawn arrival only break
     * ties between facts that share an id, so the order is total and every device agrees on it.
     */
    public static final Comparator<AttendanceFact> RECORDED_ORDER = Comparator
            .comparing(AttendanceFact::at)
            .thenComparing(AttendanceFact::id)
            .thenComparing(AttendanceFact::type)
            .thenComparing(f -> f.code == null ? -1 : f.code.ordinal())
            .thenComparing(f -> f.withdrawnArrival == null ? "" : f.withdrawnArrival);

    private final String id;
    private final FactType type;
    private final String pupil;
    private final LocalDate date;
    private final Session session;
    private final AttendanceCode code;
    private final LocalDateTime at;
    private final String reason;
    private final String by;
    private final String recordedCode;
    private final String withdrawnArrival;

    private AttendanceFact(Builder b) {
        this.id = require(b.id, "id");
        this.type = Objects.requireNonNull(b.type, "type");
        this.pupil = require(b.pupil, "pupil");
        this.at = Objects.requireNonNull(b.at, "at");
        this.reason = b.reason;
        this.by = b.by;
        if (type == FactType.ARRIVAL || type == FactType.ARRIVAL_WITHDRAWN) {
            this.date = at.toLocalDate();
            this.session = null;
            this.code = null;
            this.recordedCode = null;
        } else {
            this.date = Objects.requireNonNull(b.date, "date");
            this.session = Objects.requireNonNull(b.session, "session");
            this.code = Objects.requireNonNull(b.code, "code");
            this.recordedCode = b.recordedCode == null ? code.symbol() : b.recordedCode;
        }
        if (type == FactType.AMENDMENT) {
            require(reason, "reason");
            require(by, "by");
        }
        this.withdrawnArrival = type == FactType.ARRIVAL_WITHDRAWN ? require(b.withdrawnArrival, "arrival") : null;
    }

    public static Builder builder(FactType type) {
        return new Builder(type);
    }

    public static AttendanceFact registerMark(String id, String pupil, LocalDate date, Session session,
            AttendanceCode code, LocalDateTime at) {
        return builder(FactType.REGISTER_MARK).id(id).pupil(pupil).session(date, session).code(code).at(at).build();
    }

    public static AttendanceFact arrival(String id, String pupil, LocalDateTime at) {
        return builder(FactType.ARRIVAL).id(id).pupil(pupil).at(at).build();
    }

    /**
     * The gate takes back its arrival {@code arrivalId} (the wrong card was scanned). Facts stay
     * append-only: the arrival is kept, and the mark is worked out as if it had never been recorded.
     *
     * @param at when the arrival was withdrawn, local school time
     */
    public static AttendanceFact arrivalWithdrawn(String id, String pupil, String arrivalId, LocalDateTime at) {
        return arrivalWithdrawn(id, pupil, arrivalId, at, null);
    }

    /** @param reason why it was withdrawn, e.g. "wrong card scanned"; may be null */
    public static AttendanceFact arrivalWithdrawn(String id, String pupil, String arrivalId, LocalDateTime at,
            String reason) {
        return builder(FactType.ARRIVAL_WITHDRAWN).id(id).pupil(pupil).withdrawnArrival(arrivalId).at(at)
                .reason(reason).build();
    }

    public static AttendanceFact reason(String id, String pupil, LocalDate date, Session session,
            AttendanceCode code, LocalDateTime at) {
        return builder(FactType.REASON).id(id).pupil(pupil).session(date, session).code(code).at(at).build();
    }

    /**
     * @param reason why the entry was changed (kept with the register for 6 years)
     * @param by name and position of the person who changed it
     */
    public static AttendanceFact amendment(String id, String pupil, LocalDate date, Session session,
            AttendanceCode code, LocalDateTime at, String reason, String by) {
        return builder(FactType.AMENDMENT).id(id).pupil(pupil).session(date, session).code(code).at(at)
                .reason(reason).by(by).build();
    }

    /** Client-generated unique id (a UUID on devices). */
    public String id() {
        return id;
    }

    public FactType type() {
        return type;
    }

    public String pupil() {
        return pupil;
    }

    /** The session's date; for an arrival or a withdrawal, the date of {@code at}. */
    public LocalDate date() {
        return date;
    }

    /**
     * The session; null for an arrival, whose session follows from the registers, and for a
     * withdrawal, which goes with the arrival it withdraws.
     */
    public Session session() {
        return session;
    }

    /** The code recorded; null for an arrival or a withdrawal. */
    public AttendanceCode code() {
        return code;
    }

    /** When it was recorded (an arrival: when the pupil arrived), local school time. */
    public LocalDateTime at() {
        return at;
    }

    /** Why (required on an amendment), or null. */
    public String reason() {
        return reason;
    }

    /** Name and position of who recorded it (required on an amendment), or null. */
    public String by() {
        return by;
    }

    /** The code as the source spelt it: differs from {@link #code()} after a legacy mapping. */
    public String recordedCode() {
        return recordedCode;
    }

    /** The id of the arrival an {@link FactType#ARRIVAL_WITHDRAWN} fact takes back; null for other facts. */
    public String withdrawnArrival() {
        return withdrawnArrival;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AttendanceFact)) {
            return false;
        }
        AttendanceFact f = (AttendanceFact) o;
        return id.equals(f.id) && type == f.type && pupil.equals(f.pupil) && date.equals(f.date)
                && session == f.session && code == f.code && at.equals(f.at) && Objects.equals(reason, f.reason)
                && Objects.equals(by, f.by) && Objects.equals(recordedCode, f.recordedCode)
                && Objects.equals(withdrawnArrival, f.withdrawnArrival);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, pupil, date, session, code, at, withdrawnArrival);
    }

    @Override
    public String toString() {
        return type + " " + id + " " + pupil + " " + date + (session == null ? "" : " " + session)
                + (code == null ? "" : " " + code.symbol())
                + (withdrawnArrival == null ? "" : " of " + withdrawnArrival) + " at " + at;
    }

    private static String require(String value, String field) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static final class Builder {
        private final FactType type;
        private String id;
        private String pupil;
        private LocalDate date;
        private Session session;
        private AttendanceCode code;
        private LocalDateTime at;
        private String reason;
        private String by;
        private String recordedCode;
        private String withdrawnArrival;

        private Builder(FactType type) {
            this.type = type;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder pupil(String pupil) {
            this.pupil = pupil;
            return this;
        }

        public Builder session(LocalDate date, Session session) {
            this.date = date;
            this.session = session;
            return this;
        }

        public Builder code(AttendanceCode code) {
            this.code = code;
            return this;
        }

        public Builder at(LocalDateTime at) {
            this.at = at;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder by(String by) {
            this.by = by;
            return this;
        }

        /** The code as the source spelt it, when a legacy mapping translated it. */
        public Builder recordedCode(String recordedCode) {
            this.recordedCode = recordedCode;
            return this;
        }

        /** For {@link FactType#ARRIVAL_WITHDRAWN}: the id of the arrival taken back. */
        public Builder withdrawnArrival(String arrivalId) {
            this.withdrawnArrival = arrivalId;
            return this;
        }

        public AttendanceFact build() {
            return new AttendanceFact(this);
        }
    }
}
