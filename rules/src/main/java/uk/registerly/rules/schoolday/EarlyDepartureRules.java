package uk.registerly.rules.schoolday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterSchedule.PupilRegisters;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Early departures and returns (issue 15), asked by the server before it appends EARLY_DEPARTURE and RETURNED
 * and by the office or gate device before it records one, and by the register to propose the next mark.
 *
 * <p>The mark already taken for the session the pupil left in stands — the register records whether the pupil
 * was present at registration, not for the whole session (School Attendance Guidance 2024: "pupils must be
 * marked ... at the start of each session"). A pupil who left before a later register opened and has not
 * returned by the time it closes is proposed the code of the reason they left for ({@link
 * DepartureReason#proposedCode}); the teacher confirms it. Stateless and thread-safe.
 */
public final class EarlyDepartureRules {
    private final SchoolPolicy policy;
    private final SchoolCalendar calendar;
    private final SchoolDayPolicy dayPolicy;

    public EarlyDepartureRules(SchoolPolicy policy, SchoolCalendar calendar, SchoolDayPolicy dayPolicy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.dayPolicy = Objects.requireNonNull(dayPolicy, "dayPolicy");
    }

    /**
     * Null when {@code departure} may be recorded. It is refused when its time is not yet come ({@code now}:
     * trusted, school-local), not during one of the pupil's school sessions (after the last session ended it
     * is no early departure), the pupil was not on roll, a named guardian is not one of the pupil's ({@code
     * guardians}: their ids on the roster), another adult lacks a name or relationship, or it is approved by
     * nobody. A second departure while the pupil is already signed out is accepted (two devices may record the
     * same collection offline): the earliest counts.
     */
    public SchoolDayProblem checkDeparture(EarlyDeparture departure, Pupil pupil, LocalDateTime now,
            Collection<String> guardians) {
        SchoolDayProblem timing = timeProblem(departure.at(), pupil, now, "at");
        if (timing != null) {
            return timing;
        }
        Collector c = departure.collector();
        if (c.isGuardian() && !guardians.contains(c.guardianId())) {
            return new SchoolDayProblem(SchoolDayProblem.Code.NOT_A_GUARDIAN, "collectedBy.guardian", "guardian "
                    + c.guardianId() + " is not one of pupil " + pupil.id() + "'s guardians on the roster (record"
                    + " another adult with their name and relationship)");
        }
        if (!c.isGuardian() && !c.isNobody() && (isBlank(c.name()) || isBlank(c.relationship()))) {
            return new SchoolDayProblem(SchoolDayProblem.Code.COLLECTOR_INCOMPLETE, "collectedBy", "an adult who is"
                    + " not a guardian on the roster is recorded with their name and their relationship to the pupil");
        }
        if (departure.approved() && isBlank(departure.approvedBy())) {
            return new SchoolDayProblem(SchoolDayProblem.Code.APPROVER_MISSING, "approvedBy", "an approved early"
                    + " departure names who approved it (\"Name, Position\")");
        }
        return null;
    }

    /**
     * Null when {@code ret} may be recorded: a time come, on a school day the pupil is on roll, after an early
     * departure of that day ({@code departures}: the pupil's). A second return is accepted and changes nothing.
     */
    public SchoolDayProblem checkReturn(PupilReturn ret, Pupil pupil, LocalDateTime now,
            Collection<EarlyDeparture> departures) {
        if (ret.at().isAfter(now)) {
            return new SchoolDayProblem(SchoolDayProblem.Code.TIME_IN_FUTURE, "at", ret.at()
                    + " is in the future at the school (it is " + now + ")");
        }
        for (EarlyDeparture d : departures) {
            if (d.pupil().equals(ret.pupil()) && d.date().equals(ret.date()) && !d.at().isAfter(ret.at())) {
                return null;
            }
        }
        return new SchoolDayProblem(SchoolDayProblem.Code.NOT_SIGNED_OUT, "at", "pupil " + ret.pupil()
                + " was not signed out on " + ret.date() + " before " + ret.at().toLocalTime()
                + " (record the early departure first)");
    }

    /** Whether the departure complies with the school's policy; the office is shown those that do not. */
    public DepartureAssessment assess(EarlyDeparture departure) {
        if (!departure.approved()) {
            return new DepartureAssessment(false, "not approved: an unapproved early collection",
                    dayPolicy.collectionPolicy());
        }
        if (dayPolicy.collectionOnlyForApprovedAbsence() && !departure.reason().authorisesAbsence()) {
            return new DepartureAssessment(false, "approved by " + departure.approvedBy() + ", but \""
                    + departure.reason().label() + "\" is no approved absence", dayPolicy.collectionPolicy());
        }
        return new DepartureAssessment(true, "approved by " + departure.approvedBy(), dayPolicy.collectionPolicy());
    }

    /**
     * The proposal for the pupil's register of {@code session} on {@code date}, or null: the earliest departure
     * that day before the register opened after which the pupil did not return by the time it closes. A
     * departure after the register opened leaves that session's mark as taken (the code is about
     * registration), so it proposes nothing for it — only for a later one.
     *
     * @param departures the pupil's early departures (others' are ignored)
     * @param returns the pupil's returns
     */
    public RegisterProposal proposal(Pupil pupil, LocalDate date, Session session,
            Collection<EarlyDeparture> departures, Collection<PupilReturn> returns) {
        RegisterWindow window = policy.registers().windowFor(session, pupil.yearGroup());
        if (window == null) {
            return null;
        }
        LocalDateTime opens = date.atTime(window.opens());
        LocalDateTime closes = date.atTime(window.closes());
        for (EarlyDeparture d : sortedOfDay(pupil.id(), date, departures)) {
            if (!d.at().isBefore(opens)) {
                break;
            }
            if (!returnedBetween(pupil.id(), d.at(), closes, returns)) {
                return new RegisterProposal(d, d.reason().proposedCode(assess(d).compliant()));
            }
        }
        return null;
    }

    /**
     * The departure the pupil is signed out under at {@code at}, or null when on site: the latest departure at or
     * before it that day with no return after it (by {@code at}).
     */
    public static EarlyDeparture signedOutAt(String pupil, LocalDateTime at, Collection<EarlyDeparture> departures,
            Collection<PupilReturn> returns) {
        EarlyDeparture out = null;
        for (EarlyDeparture d : sortedOfDay(pupil, at.toLocalDate(), departures)) {
            if (d.at().isAfter(at)) {
                break;
            }
            // a departure after a return starts a new absence; one while still out changes nothing
            if (out == null || returnedBetween(pupil, out.at(), d.at(), returns)) {
                out = d;
            }
        }
        return out != null && !returnedBetween(pupil, out.at(), at, returns) ? out : null;
    }

    private static List<EarlyDeparture> sortedOfDay(String pupil, LocalDate date, Collection<EarlyDeparture> all) {
        List<EarlyDeparture> mine = new ArrayList<>();
        for (EarlyDeparture d : all) {
            if (d.pupil().equals(pupil) && d.date().equals(date)) {
                mine.add(d);
            }
        }
        Collections.sort(mine, EarlyDeparture.BY_TIME);
        return mine;
    }

    /** Whether the pupil returned at or after {@code from} and at or before {@code until}. */
    private static boolean returnedBetween(String pupil, LocalDateTime from, LocalDateTime until,
            Collection<PupilReturn> returns) {
        for (PupilReturn r : returns) {
            if (r.pupil().equals(pupil) && !r.at().isBefore(from) && !r.at().isAfter(until)) {
                return true;
            }
        }
        return false;
    }

    private SchoolDayProblem timeProblem(LocalDateTime at, Pupil pupil, LocalDateTime now, String field) {
        if (at.isAfter(now)) {
            return new SchoolDayProblem(SchoolDayProblem.Code.TIME_IN_FUTURE, field, at
                    + " is in the future at the school (it is " + now + ")");
        }
        LocalDate date = at.toLocalDate();
        PupilRegisters registers = policy.registers().forYearGroup(pupil.yearGroup());
        Session session = registers.sessionOfArrival(at.toLocalTime());
        if (session == null) {
            return new SchoolDayProblem(SchoolDayProblem.Code.AFTER_LAST_SESSION, field, "at " + at.toLocalTime()
                    + " the pupil's last session had ended: that is not an early departure");
        }
        if (!calendar.isSchoolSession(date, session)) {
            return new SchoolDayProblem(SchoolDayProblem.Code.NOT_SCHOOL_SESSION, field, date + " " + session
                    + " is not a school session (a weekend, holiday or closure)");
        }
        if (!pupil.isOnRollOn(date)) {
            return new SchoolDayProblem(SchoolDayProblem.Code.NOT_ON_ROLL, "pupil", "pupil " + pupil.id()
                    + " was not on roll on " + date);
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
