package uk.registerly.rules.recording;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CountsAs;
import uk.registerly.rules.leave.LeaveDecision;
import uk.registerly.rules.leave.LeaveRequest;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterSchedule.PupilRegisters;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Whether a fact may be recorded, asked by the server before it appends an event and by the device
 * before it writes one to its journal, so the tablet shows what the server will do before it syncs.
 * This decides what enters the register; how recorded facts resolve into marks is the {@code
 * Evaluator}'s, unchanged. Stateless and thread-safe: keep one per school beside its {@code Evaluator}.
 *
 * <p>The checks, first problem wins (rules/README.md names the regulation behind each):
 * <ol>
 *   <li>{@code recorder_not_allowed}: the recorder does not record this type of fact;</li>
 *   <li>{@code amendment_reason_missing}, {@code amendment_signature_missing}: an amendment records why,
 *       and the name and position of who made it;</li>
 *   <li>{@code after_last_session}: an arrival after the pupil's last session ended;</li>
 *   <li>{@code date_in_future}: a register mark, arrival or withdrawal for a day not yet come at the school;</li>
 *   <li>{@code school_closed}, {@code not_school_session}: the date and session are not a school session;</li>
 *   <li>{@code not_on_roll}: the pupil was not on the admission register that day;</li>
 *   <li>{@code code_not_for_age}: X at compulsory school age, C2 outside it;</li>
 *   <li>{@code leave_refusal_final}, {@code leave_refused}: C, or another authorised absence code other than
 *       as an office amendment with its reason, for a day of refused leave;</li>
 *   <li>{@code register_closed}: a register mark whose trusted time is after the register closed;</li>
 *   <li>{@code arrival_unknown}, {@code withdrawal_not_same_day}: a withdrawal of an arrival not recorded, or
 *       not of that day.</li>
 * </ol>
 */
public final class RecordingRules {
    private final SchoolPolicy policy;
    private final SchoolCalendar calendar;

    public RecordingRules(SchoolPolicy policy, SchoolCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** {@link #check(ProposedFact, LocalDateTime, Collection, Collection)} with no leave decisions and no facts. */
    public RecordingProblem check(ProposedFact fact, LocalDateTime now) {
        return check(fact, now, Collections.<LeaveDecision>emptyList(), Collections.<AttendanceFact>emptyList());
    }

    /**
     * @param fact what is to be recorded, at its trusted time
     * @param now the trusted time now at the school, school-local: on the server the time it received the
     *     event, on the device its clock corrected by its measured offset
     * @param leaveDecisions the pupil's decided leave requests (others' are ignored); only refusals matter
     * @param pupilFacts the pupil's recorded facts; only a withdrawal needs them (to find its arrival), so
     *     callers may pass an empty list for every other type
     * @return null when the fact may be recorded
     */
    public RecordingProblem check(ProposedFact fact, LocalDateTime now, Collection<LeaveDecision> leaveDecisions,
            Collection<AttendanceFact> pupilFacts) {
        Objects.requireNonNull(now, "now");
        FactType type = fact.type();
        if (!fact.recorder().mayRecord(type)) {
            return problem(ProblemCode.RECORDER_NOT_ALLOWED, "type", describe(fact.recorder()) + " does not record "
                    + type + " (" + recordersOf(type) + " does)");
        }
        if (type == FactType.AMENDMENT) {
            RecordingProblem unsigned = amendmentProblem(fact);
            if (unsigned != null) {
                return unsigned;
            }
        }
        Session session = fact.session();
        if (type == FactType.ARRIVAL) {
            session = registers(fact.pupil().yearGroup()).sessionOfArrival(fact.at().toLocalTime());
            if (session == null) {
                return problem(ProblemCode.AFTER_LAST_SESSION, "at", "an arrival at " + fact.at().toLocalTime()
                        + " is after the day's last session ended; it decides no mark (the office records a reason)");
            }
        }
        LocalDate date = fact.date();
        if ((type == FactType.REGISTER_MARK || type == FactType.ARRIVAL || type == FactType.ARRIVAL_WITHDRAWN)
                && date.isAfter(now.toLocalDate())) {
            return problem(ProblemCode.DATE_IN_FUTURE, type == FactType.REGISTER_MARK ? "date" : "at",
                    date + " is in the future at the school (today is " + now.toLocalDate() + ")");
        }
        if (type == FactType.ARRIVAL_WITHDRAWN) {
            return withdrawalProblem(fact, pupilFacts);
        }
        RecordingProblem notOpen = sessionProblem(date, session);
        if (notOpen != null) {
            return notOpen;
        }
        if (!fact.pupil().isOnRollOn(date)) {
            return problem(ProblemCode.NOT_ON_ROLL, "pupil", "pupil " + fact.pupil().id() + " was not on roll on " + date);
        }
        AttendanceCode code = fact.code();
        if (code != null) {
            CompulsorySchoolAge age = fact.pupil().compulsorySchoolAge();
            String ageProblem = age == null ? null : age.codeProblem(code, date);
            if (ageProblem != null) {
                return problem(ProblemCode.CODE_NOT_FOR_AGE, "code", ageProblem);
            }
            RecordingProblem leave = leaveProblem(fact, refusalCovering(fact.pupil().id(), date, leaveDecisions));
            if (leave != null) {
                return leave;
            }
        }
        if (type == FactType.REGISTER_MARK) {
            LocalDateTime closes = registerClosesAt(fact.pupil().yearGroup(), date, session);
            if (fact.at().isAfter(closes)) {
                return problem(ProblemCode.REGISTER_CLOSED, "at", "the " + session + " register of " + date + " closed at "
                        + describeClose(closes, date) + "; a change now is an amendment with a reason, signed by the"
                        + " member of staff");
            }
        }
        return null;
    }

    /** The register a pupil of {@code yearGroup} is taken in for {@code session}; null when the school has none. */
    public RegisterWindow registerFor(String yearGroup, Session session) {
        return policy.registers().windowFor(session, yearGroup);
    }

    /**
     * When the register of {@code session} on {@code date} closes for a pupil of {@code yearGroup}, school-local:
     * the register's {@code closes} time that day, or the end of the day when the school has no register for it.
     * A register mark recorded (trusted time) after it is refused with {@code register_closed}.
     */
    public LocalDateTime registerClosesAt(String yearGroup, LocalDate date, Session session) {
        RegisterWindow window = registerFor(yearGroup, session);
        return window == null ? date.plusDays(1).atStartOfDay() : date.atTime(window.closes());
    }

    /** Whether a register mark recorded at {@code at} (trusted, school-local) would be refused as after the close. */
    public boolean isRegisterClosed(String yearGroup, LocalDate date, Session session, LocalDateTime at) {
        return at.isAfter(registerClosesAt(yearGroup, date, session));
    }

    private PupilRegisters registers(String yearGroup) {
        return policy.registers().forYearGroup(yearGroup);
    }

    private static RecordingProblem amendmentProblem(ProposedFact fact) {
        if (isBlank(fact.reason())) {
            return problem(ProblemCode.AMENDMENT_REASON_MISSING, "reason",
                    "an amendment needs its reason: the register keeps why every entry changed");
        }
        String by = fact.by();
        int comma = by == null ? -1 : by.indexOf(',');
        if (comma < 0 || isBlank(by.substring(0, comma)) || isBlank(by.substring(comma + 1))) {
            return problem(ProblemCode.AMENDMENT_SIGNATURE_MISSING, "by", "an amendment is signed with the name and"
                    + " position of the member of staff who makes it (\"Name, Position\")"
                    + (isBlank(by) ? "" : ", not \"" + by + "\""));
        }
        return null;
    }

    private RecordingProblem sessionProblem(LocalDate date, Session session) {
        if (calendar.isSchoolSession(date, session)) {
            return null;
        }
        AttendanceCode closure = calendar.closureCode(date, session);
        if (closure != null) {
            return problem(ProblemCode.SCHOOL_CLOSED, "date", date + " " + session + " is a closed session ("
                    + closure.symbol() + ": " + closure.meaning() + ")");
        }
        return problem(ProblemCode.NOT_SCHOOL_SESSION, "date", date + " " + session
                + " is not a school session (a weekend or outside term)");
    }

    private static LeaveDecision refusalCovering(String pupil, LocalDate date, Collection<LeaveDecision> decisions) {
        for (LeaveDecision decision : decisions) {
            if (decision.outcome() == LeaveDecision.Outcome.REFUSED && decision.request().pupil().equals(pupil)
                    && decision.request().covers(date)) {
                return decision;
            }
        }
        return null;
    }

    private static RecordingProblem leaveProblem(ProposedFact fact, LeaveDecision refusal) {
        if (refusal == null || fact.code().countsAs() != CountsAs.AUTHORISED_ABSENCE) {
            return null;
        }
        LeaveRequest request = refusal.request();
        String dates = request.firstDay().equals(request.lastDay()) ? request.firstDay().toString()
                : request.firstDay() + " to " + request.lastDay();
        if (fact.code() == AttendanceCode.C) {
            return problem(ProblemCode.LEAVE_REFUSAL_FINAL, "code", "leave for " + dates + " was refused, and a"
                    + " refusal is final: an absence on those dates is G (another reason is an office amendment)");
        }
        if (fact.type() == FactType.AMENDMENT && fact.recorder() == Recorder.OFFICE) {
            return null;
        }
        return problem(ProblemCode.LEAVE_REFUSED, "code", "leave for " + dates + " was refused, so an absence then is"
                + " G; " + fact.code().symbol() + " (" + fact.code().meaning() + ") for " + fact.date() + " "
                + fact.session() + " needs an office amendment with its reason");
    }

    private static RecordingProblem withdrawalProblem(ProposedFact fact, Collection<AttendanceFact> pupilFacts) {
        AttendanceFact arrival = null;
        for (AttendanceFact f : pupilFacts) {
            if (f.type() == FactType.ARRIVAL && f.id().equals(fact.withdrawnArrival())
                    && f.pupil().equals(fact.pupil().id())) {
                arrival = f;
                break;
            }
        }
        if (arrival == null) {
            return problem(ProblemCode.ARRIVAL_UNKNOWN, "arrival", "no arrival " + fact.withdrawnArrival()
                    + " of pupil " + fact.pupil().id() + " is recorded (record the arrival first)");
        }
        if (!arrival.date().equals(fact.date())) {
            return problem(ProblemCode.WITHDRAWAL_NOT_SAME_DAY, "at", "arrival " + arrival.id() + " was recorded on "
                    + arrival.date() + "; the gate withdraws an arrival only on that school day (after it, the office"
                    + " amends the mark)");
        }
        return null;
    }

    private static String describeClose(LocalDateTime closes, LocalDate date) {
        return closes.toLocalDate().equals(date) ? closes.toLocalTime().toString() : "the end of that day";
    }

    private static String describe(Recorder recorder) {
        switch (recorder) {
            case TEACHER:
                return "a teacher's device";
            case GATE:
                return "the late gate";
            default:
                return "the office";
        }
    }

    private static String recordersOf(FactType type) {
        StringBuilder out = new StringBuilder();
        for (Recorder r : Recorder.values()) {
            if (r.mayRecord(type)) {
                out.append(out.length() == 0 ? "" : " or ").append(describe(r));
            }
        }
        return out.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    private static RecordingProblem problem(ProblemCode code, String field, String message) {
        return new RecordingProblem(code, field, message);
    }
}
