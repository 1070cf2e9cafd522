package uk.registerly.rules.recording;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;

/**
 * A fact someone wants to record, before it is: what {@link RecordingRules#check} judges. Unlike an
 * {@link AttendanceFact} it may lack an amendment's reason or signature, so that the check can say so
 * with a stable code. {@code at} is the trusted time in school-local time ({@code
 * TrustedTime.localTime(zone)}), not the tablet's own clock. Immutable.
 */
public final class ProposedFact {
    private final FactType type;
    private final Recorder recorder;
    private final Pupil pupil;
    private final LocalDate date;
    private final Session session;
    private final AttendanceCode code;
    private final LocalDateTime at;
    private final String reason;
    private final String by;
    private final String withdrawnArrival;

    private ProposedFact(Builder b) {
        this.type = Objects.requireNonNull(b.type, "type");
        this.recorder = Objects.requireNonNull(b.recorder, "recorder");
        this.pupil = Objects.requireNonNull(b.pupil, "pupil");
        this.at = Objects.requireNonNull(b.at, "at");
        this.reason = b.reason;
        this.by = b.by;
        if (type == FactType.ARRIVAL || type == FactType.ARRIVAL_WITHDRAWN) {
            this.date = at.toLocalDate();
            this.session = null;
            this.code = null;
        } else {
            this.date = Objects.requireNonNull(b.date, "date");
            this.session = Objects.requireNonNull(b.session, "session");
            this.code = Objects.requireNonNull(b.code, "code");
        }
        this.withdrawnArrival = type == FactType.ARRIVAL_WITHDRAWN
                ? Objects.requireNonNull(b.withdrawnArrival, "arrival") : null;
    }

    /** Any fact: give the session and code (not for arrivals), reason and by (amendments), or the arrival withdrawn. */
    public static Builder builder(FactType type, Recorder recorder, Pupil pupil, LocalDateTime at) {
        return new Builder(type, recorder, pupil, at);
    }

    /** The teacher's register mark. */
    public static ProposedFact registerMark(Pupil pupil, LocalDate date, Session session, AttendanceCode code,
            LocalDateTime at) {
        return builder(FactType.REGISTER_MARK, Recorder.TEACHER, pupil, at).session(date, session).code(code).build();
    }

    /** A gate arrival at {@code at}; its session follows from the pupil's registers. */
    public static ProposedFact arrival(Pupil pupil, LocalDateTime at) {
        return builder(FactType.ARRIVAL, Recorder.GATE, pupil, at).build();
    }

    /** The office's reason for an absence. */
    public static ProposedFact reason(Pupil pupil, LocalDate date, Session session, AttendanceCode code,
            LocalDateTime at) {
        return builder(FactType.REASON, Recorder.OFFICE, pupil, at).session(date, session).code(code).build();
    }

    /**
     * An amendment by the office or a teacher.
     *
     * @param reason why the entry changes; null or blank is refused by the check
     * @param by "Name, Position" of the member of staff signed in; null or without a position is refused
     */
    public static ProposedFact amendment(Recorder recorder, Pupil pupil, LocalDate date, Session session,
            AttendanceCode code, LocalDateTime at, String reason, String by) {
        return builder(FactType.AMENDMENT, recorder, pupil, at).session(date, session).code(code).reason(reason).by(by)
                .build();
    }

    /** The gate takes back its arrival {@code arrivalId}. */
    public static ProposedFact arrivalWithdrawn(Pupil pupil, String arrivalId, LocalDateTime at) {
        return builder(FactType.ARRIVAL_WITHDRAWN, Recorder.GATE, pupil, at).withdrawnArrival(arrivalId).build();
    }

    public FactType type() {
        return type;
    }

    public Recorder recorder() {
        return recorder;
    }

    public Pupil pupil() {
        return pupil;
    }

    /** The session's date; for an arrival or a withdrawal, the date of {@code at}. */
    public LocalDate date() {
        return date;
    }

    /** Null for an arrival (the registers decide it) and a withdrawal. */
    public Session session() {
        return session;
    }

    /** Null for an arrival and a withdrawal. */
    public AttendanceCode code() {
        return code;
    }

    /** The trusted time it is recorded at (an arrival: when the pupil arrived), school-local. */
    public LocalDateTime at() {
        return at;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return by;
    }

    /** For a withdrawal: the id of the arrival taken back. */
    public String withdrawnArrival() {
        return withdrawnArrival;
    }

    /**
     * The fact to record once the check found no problem, with the device's id for it.
     *
     * @throws IllegalArgumentException for an amendment without reason or signature (the check refuses it first)
     */
    public AttendanceFact toFact(String id) {
        AttendanceFact.Builder b = AttendanceFact.builder(type).id(id).pupil(pupil.id()).at(at).reason(reason).by(by);
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            b.withdrawnArrival(withdrawnArrival);
        } else if (type != FactType.ARRIVAL) {
            b.session(date, session).code(code);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return type + " by " + recorder + " for " + pupil.id() + " " + date + (session == null ? "" : " " + session)
                + (code == null ? "" : " " + code.symbol()) + " at " + at;
    }

    public static final class Builder {
        private final FactType type;
        private final Recorder recorder;
        private final Pupil pupil;
        private final LocalDateTime at;
        private LocalDate date;
        private Session session;
        private AttendanceCode code;
        private String reason;
        private String by;
        private String withdrawnArrival;

        private Builder(FactType type, Recorder recorder, Pupil pupil, LocalDateTime at) {
            this.type = type;
            this.recorder = recorder;
            this.pupil = pupil;
            this.at = at;
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

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder by(String by) {
            this.by = by;
            return this;
        }

        public Builder withdrawnArrival(String arrivalId) {
            this.withdrawnArrival = arrivalId;
            return this;
        }

        public ProposedFact build() {
            return new ProposedFact(this);
        }
    }
}
