package uk.registerly.app.data.worklists;

import java.util.Objects;

import uk.registerly.rules.figures.PupilFigures;

/**
 * The school's figures to date: the rules' {@link PupilFigures} of every pupil summed, with how many
 * pupils are persistently or severely absent (the rules' own tests). Kept by adding a pupil's new
 * figures and taking its old ones away, so one new fact never re-adds the school.
 */
public final class SchoolTotals {
    public static final SchoolTotals NONE = new SchoolTotals(0, 0, 0, 0, 0, 0, 0);

    public final int pupils;
    public final long possibleSessions;
    public final long attendanceSessions;
    public final long authorisedAbsenceSessions;
    public final long unauthorisedAbsenceSessions;
    /** Pupils at 10% absence or more but under 50%. */
    public final int persistentlyAbsent;
    /** Pupils at 50% absence or more. */
    public final int severelyAbsent;

    SchoolTotals(int pupils, long possible, long attendance, long authorised, long unauthorised,
                 int persistentlyAbsent, int severelyAbsent) {
        this.pupils = pupils;
        this.possibleSessions = possible;
        this.attendanceSessions = attendance;
        this.authorisedAbsenceSessions = authorised;
        this.unauthorisedAbsenceSessions = unauthorised;
        this.persistentlyAbsent = persistentlyAbsent;
        this.severelyAbsent = severelyAbsent;
    }

    SchoolTotals plus(PupilFigures figures) {
        return add(figures, 1);
    }

    SchoolTotals minus(PupilFigures figures) {
        return add(figures, -1);
    }

    private SchoolTotals add(PupilFigures f, int sign) {
        if (f == null) {
            return new SchoolTotals(pupils + sign, possibleSessions, attendanceSessions, authorisedAbsenceSessions,
                    unauthorisedAbsenceSessions, persistentlyAbsent, severelyAbsent);
        }
        boolean counted = f.hasPossibleSessions();
        int severe = counted && f.isSeverelyAbsent() ? sign : 0;
        int persistent = counted && !f.isSeverelyAbsent() && f.isPersistentlyAbsent() ? sign : 0;
        return new SchoolTotals(pupils + sign, possibleSessions + sign * (long) f.possibleSessions(),
                attendanceSessions + sign * (long) f.attendanceSessions(),
                authorisedAbsenceSessions + sign * (long) f.authorisedAbsenceSessions(),
                unauthorisedAbsenceSessions + sign * (long) f.unauthorisedAbsenceSessions(),
                persistentlyAbsent + persistent, severelyAbsent + severe);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SchoolTotals)) {
            return false;
        }
        SchoolTotals t = (SchoolTotals) o;
        return pupils == t.pupils && possibleSessions == t.possibleSessions && attendanceSessions == t.attendanceSessions
                && authorisedAbsenceSessions == t.authorisedAbsenceSessions
                && unauthorisedAbsenceSessions == t.unauthorisedAbsenceSessions
                && persistentlyAbsent == t.persistentlyAbsent && severelyAbsent == t.severelyAbsent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupils, possibleSessions, attendanceSessions, authorisedAbsenceSessions,
                unauthorisedAbsenceSessions, persistentlyAbsent, severelyAbsent);
    }

    @Override
    public String toString() {
        return pupils + " pupils, " + possibleSessions + " possible, " + attendanceSessions + " attended, "
                + authorisedAbsenceSessions + " authorised, " + unauthorisedAbsenceSessions + " unauthorised, "
                + persistentlyAbsent + " persistent, " + severelyAbsent + " severe";
    }
}
