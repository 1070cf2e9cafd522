package uk.registerly.rules.figures;

import uk.registerly.rules.codes.AttendanceCode;

/**
 * A pupil's attendance figures over a set of marks: session counts, exact rates, and
 * persistent (absence >= 10% of possible) and severe (>= 50%) absence.
 */
public final class PupilFigures {
    public static final Fraction PERSISTENT_ABSENCE = Fraction.of(1, 10);
    public static final Fraction SEVERE_ABSENCE = Fraction.of(1, 2);

    private final String pupil;
    private final int possible;
    private final int attendance;
    private final int authorised;
    private final int unauthorised;

    public PupilFigures(String pupil, int possible, int attendance, int authorised, int unauthorised) {
        if (attendance + authorised + unauthorised != possible) {
            throw new IllegalArgumentException("attendance + absences must equal possible sessions");
        }
        this.pupil = pupil;
        this.possible = possible;
        this.attendance = attendance;
        this.authorised = authorised;
        this.unauthorised = unauthorised;
    }

    public static Tally tally(String pupil) {
        return new Tally(pupil);
    }

    public String pupil() {
        return pupil;
    }

    public int possibleSessions() {
        return possible;
    }

    public int attendanceSessions() {
        return attendance;
    }

    public int authorisedAbsenceSessions() {
        return authorised;
    }

    public int unauthorisedAbsenceSessions() {
        return unauthorised;
    }

    public int absenceSessions() {
        return authorised + unauthorised;
    }

    public boolean hasPossibleSessions() {
        return possible > 0;
    }

    /** Attendance / possible; null when nothing is possible. */
    public Fraction attendanceRate() {
        return rate(attendance);
    }

    /** Null when nothing is possible. */
    public Fraction authorisedAbsenceRate() {
        return rate(authorised);
    }

    /** Null when nothing is possible. */
    public Fraction unauthorisedAbsenceRate() {
        return rate(unauthorised);
    }

    /** Authorised + unauthorised; with the attendance rate it makes exactly one. Null when nothing is possible. */
    public Fraction absenceRate() {
        return rate(authorised + unauthorised);
    }

    public boolean isPersistentlyAbsent() {
        return possible > 0 && absenceRate().isAtLeast(PERSISTENT_ABSENCE);
    }

    public boolean isSeverelyAbsent() {
        return possible > 0 && absenceRate().isAtLeast(SEVERE_ABSENCE);
    }

    private Fraction rate(int sessions) {
        return possible == 0 ? null : Fraction.of(sessions, possible);
    }

    /** Counts marks one at a time. */
    public static final class Tally {
        private final String pupil;
        private int possible;
        private int attendance;
        private int authorised;
        private int unauthorised;

        private Tally(String pupil) {
            this.pupil = pupil;
        }

        public Tally add(AttendanceCode code) {
            switch (code.countsAs()) {
                case ATTENDANCE:
                    attendance++;
                    possible++;
                    break;
                case AUTHORISED_ABSENCE:
                    authorised++;
                    possible++;
                    break;
                case UNAUTHORISED_ABSENCE:
                    unauthorised++;
                    possible++;
                    break;
                default:
                    break;
            }
            return this;
        }

        public PupilFigures build() {
            return new PupilFigures(pupil, possible, attendance, authorised, unauthorised);
        }
    }
}
