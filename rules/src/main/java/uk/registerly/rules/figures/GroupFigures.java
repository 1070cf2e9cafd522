package uk.registerly.rules.figures;

import java.util.Objects;

/**
 * A group of pupils' attendance over a period (a year group, a class, pupils with a characteristic, a school,
 * a trust, or one week of any of them): the sums of the pupils' own {@link PupilFigures} over the same period,
 * so a group's figures are the per-pupil figures added up, by construction. Persistent and severe absence
 * are counted in pupils, each judged on their own figures over the period (DfE: a pupil is persistently
 * absent when they miss 10% or more of their possible sessions, severely absent at 50% or more). Immutable.
 */
public final class GroupFigures {

    /**
     * Groups smaller than this are shown with their pupil count beside any percentage: a percentage of three
     * pupils says little and can point at one child ("never a percentage of fewer than 5 pupils without its
     * count", issue 18).
     */
    public static final int SMALL_GROUP = 5;

    private final String group;
    private final int pupils;
    private final int possible;
    private final int attendance;
    private final int authorised;
    private final int unauthorised;
    private final int persistentlyAbsent;
    private final int severelyAbsent;
    private final int lateBeforeClose;
    private final int lateAfterClose;

    GroupFigures(String group, int pupils, int possible, int attendance, int authorised, int unauthorised,
            int persistentlyAbsent, int severelyAbsent, int lateBeforeClose, int lateAfterClose) {
        this.group = Objects.requireNonNull(group, "group");
        this.pupils = pupils;
        this.possible = possible;
        this.attendance = attendance;
        this.authorised = authorised;
        this.unauthorised = unauthorised;
        this.persistentlyAbsent = persistentlyAbsent;
        this.severelyAbsent = severelyAbsent;
        this.lateBeforeClose = lateBeforeClose;
        this.lateAfterClose = lateAfterClose;
    }

    /** Adds groups up (the trust from its schools): each pupil is in exactly one of them. */
    public static GroupFigures sum(String group, Iterable<GroupFigures> parts) {
        int pu = 0;
        int po = 0;
        int at = 0;
        int au = 0;
        int un = 0;
        int pa = 0;
        int sa = 0;
        int l = 0;
        int u = 0;
        for (GroupFigures g : parts) {
            pu += g.pupils;
            po += g.possible;
            at += g.attendance;
            au += g.authorised;
            un += g.unauthorised;
            pa += g.persistentlyAbsent;
            sa += g.severelyAbsent;
            l += g.lateBeforeClose;
            u += g.lateAfterClose;
        }
        return new GroupFigures(group, pu, po, at, au, un, pa, sa, l, u);
    }

    /** The group's key: a year group code, a class name, a characteristic's value, a week's Monday, "all". */
    public String group() {
        return group;
    }

    /** Pupils with at least one possible session in the period. */
    public int pupils() {
        return pupils;
    }

    /** Fewer than {@link #SMALL_GROUP} pupils: any percentage is shown with its count. */
    public boolean isSmall() {
        return pupils < SMALL_GROUP;
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

    public int persistentlyAbsentPupils() {
        return persistentlyAbsent;
    }

    public int severelyAbsentPupils() {
        return severelyAbsent;
    }

    /** Sessions marked L (late before the register closed; counts as present). */
    public int lateBeforeCloseSessions() {
        return lateBeforeClose;
    }

    /** Sessions marked U (late after the register closed; an unauthorised absence). */
    public int lateAfterCloseSessions() {
        return lateAfterClose;
    }

    /** Null when nothing was possible. */
    public Fraction attendanceRate() {
        return sessions(attendance);
    }

    public Fraction authorisedAbsenceRate() {
        return sessions(authorised);
    }

    public Fraction unauthorisedAbsenceRate() {
        return sessions(unauthorised);
    }

    /** Overall absence: authorised + unauthorised over possible (the DfE's "overall absence rate"). */
    public Fraction absenceRate() {
        return sessions(authorised + unauthorised);
    }

    /** Persistently absent pupils over pupils (the DfE's "persistent absence rate"); null without pupils. */
    public Fraction persistentAbsenceRate() {
        return pupils == 0 ? null : Fraction.of(persistentlyAbsent, pupils);
    }

    public Fraction severeAbsenceRate() {
        return pupils == 0 ? null : Fraction.of(severelyAbsent, pupils);
    }

    private Fraction sessions(int n) {
        return possible == 0 ? null : Fraction.of(n, possible);
    }

    @Override
    public String toString() {
        Fraction rate = attendanceRate();
        return group + ": " + pupils + " pupils, " + attendance + "/" + possible + " ("
                + (rate == null ? "-" : rate.toPercent(1) + "%") + "), PA " + persistentlyAbsent + ", SA " + severelyAbsent;
    }

    /** Adds pupils one at a time. */
    static final class Tally {
        private final String group;
        private int pupils;
        private int possible;
        private int attendance;
        private int authorised;
        private int unauthorised;
        private int persistentlyAbsent;
        private int severelyAbsent;
        private int lateBeforeClose;
        private int lateAfterClose;

        Tally(String group) {
            this.group = group;
        }

        void add(PupilFigures f, int lBefore, int lAfter) {
            if (!f.hasPossibleSessions()) {
                return;
            }
            pupils++;
            possible += f.possibleSessions();
            attendance += f.attendanceSessions();
            authorised += f.authorisedAbsenceSessions();
            unauthorised += f.unauthorisedAbsenceSessions();
            persistentlyAbsent += f.isPersistentlyAbsent() ? 1 : 0;
            severelyAbsent += f.isSeverelyAbsent() ? 1 : 0;
            lateBeforeClose += lBefore;
            lateAfterClose += lAfter;
        }

        GroupFigures build() {
            return new GroupFigures(group, pupils, possible, attendance, authorised, unauthorised, persistentlyAbsent,
                    severelyAbsent, lateBeforeClose, lateAfterClose);
        }
    }
}
