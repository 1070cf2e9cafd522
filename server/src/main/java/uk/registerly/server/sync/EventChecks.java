package uk.registerly.server.sync;

import java.time.LocalDate;
import java.util.UUID;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.leave.LeaveAssessment;
import uk.registerly.rules.leave.LeaveIssue;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.sync.EventPayload.AbsenceReport;
import uk.registerly.server.sync.EventPayload.AbsenceReportCancelled;
import uk.registerly.server.sync.EventPayload.AbsenceReportProcessed;
import uk.registerly.server.sync.EventPayload.Arrival;
import uk.registerly.server.sync.EventPayload.ArrivalWithdrawn;
import uk.registerly.server.sync.EventPayload.ContactAttempt;
import uk.registerly.server.sync.EventPayload.LeaveDecision;
import uk.registerly.server.sync.EventPayload.LeaveRequest;
import uk.registerly.server.sync.EventPayload.SessionFact;

/**
 * Who may write what, and whether it is a fact the register can hold: a known 2024 code (parsed by
 * the rules module), a real school session of the pupil's school (the rules module's calendar and
 * registers), a pupil on roll there, and references to reports that are still open.
 */
final class EventChecks {

    private EventChecks() {
    }

    /** Null when {@code event} may be appended; otherwise why not. */
    static Rejection check(PushContext ctx, IncomingEvent event) {
        if (!event.type().writers().contains(ctx.principal.role())) {
            return Rejection.forbidden("a " + ctx.principal.role() + " may not push " + event.type()
                    + " (only " + writersOf(event.type()) + ")");
        }
        EventPayload payload = event.payload();
        SchoolRosters.Pupil pupil = ctx.pupil(payload.pupil());
        if (ctx.principal instanceof DevicePrincipal device) {
            if (pupil == null || !pupil.schoolId().equals(device.schoolId())) {
                return Rejection.forbidden("pupil " + payload.pupil() + " is not on roll at this device's school");
            }
        } else if (ctx.principal instanceof ParentPrincipal parent) {
            if (pupil == null || !parent.isParentOf(payload.pupil())) {
                return Rejection.forbidden("pupil " + payload.pupil() + " is not one of your children");
            }
        }
        if (event.staffId() != null && ctx.staffMember(event.staffId()) == null) {
            return Rejection.forbidden(ctx.principal instanceof ParentPrincipal
                    ? "a parent's event names no staff member (staffId)"
                    : "staffId " + event.staffId() + " is not a member of this device's school's staff");
        }
        SchoolSetup setup = ctx.setup(pupil);
        if (payload instanceof SessionFact fact) {
            return checkSessionFact(ctx, event, pupil, setup, fact);
        }
        if (payload instanceof ArrivalWithdrawn withdrawal) {
            return checkWithdrawal(ctx, pupil, setup, withdrawal);
        }
        if (payload instanceof Arrival arrival) {
            Session session = setup.policy().registers().forYearGroup(pupil.yearGroup())
                    .sessionOfArrival(arrival.at().toLocalTime());
            if (session == null) {
                return Rejection.invalid("an arrival at " + arrival.at().toLocalTime()
                        + " is after the day's last session ended");
            }
            return firstProblem(notInFuture(setup, ctx, arrival.at().toLocalDate()),
                    sessionProblem(setup, arrival.at().toLocalDate(), session),
                    rollProblem(pupil, arrival.at().toLocalDate()));
        }
        if (payload instanceof AbsenceReport report) {
            if (report.evidence() != null) {
                PushContext.Evidence photo = ctx.evidence.get(report.evidence());
                if (photo == null || !photo.pupil().equals(pupil.id()) || !photo.parent().equals(ctx.principal.actorId())) {
                    return Rejection.invalid("evidence " + report.evidence() + " was not uploaded by you for this pupil");
                }
            }
            return report.report() == null ? null : openReference(ctx, report.report(), pupil, EventType.ABSENCE_REPORT);
        }
        if (payload instanceof AbsenceReportCancelled cancelled) {
            return openReference(ctx, cancelled.report(), pupil, EventType.ABSENCE_REPORT);
        }
        if (payload instanceof AbsenceReportProcessed processed) {
            return openReference(ctx, processed.report(), pupil, EventType.ABSENCE_REPORT);
        }
        if (payload instanceof LeaveDecision decision) {
            Rejection closed = openReference(ctx, decision.request(), pupil, EventType.LEAVE_REQUEST);
            if (closed != null || decision.decision() != EventPayload.LeaveOutcome.APPROVED) {
                return closed;
            }
            LeaveAssessment assessment = ctx.leave.assessGrant(decision.request(), ctx.leaveRules(pupil));
            if (assessment != null && !assessment.mayBeGranted()) {
                return Rejection.invalid("leave cannot be granted: " + assessment.issues().stream()
                        .filter(LeaveIssue::isBlocking).map(Enum::name).toList()
                        + " (leave is granted only in advance, and a refusal is final)");
            }
            return null;
        }
        if (payload instanceof ContactAttempt contact) {
            return rollProblem(pupil, contact.date());
        }
        if (payload instanceof LeaveRequest) {
            return null;
        }
        if (payload instanceof EventPayload.CaseActionFact caseAction) {
            return CaseworkChecks.check(ctx, event, pupil, setup, caseAction);
        }
        if (payload instanceof EventPayload.LetterRead read) {
            return CaseworkChecks.checkLetterRead(ctx, setup, read);
        }
        throw new IllegalStateException("unchecked payload " + payload);
    }

    private static Rejection checkSessionFact(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil,
                                              SchoolSetup setup, SessionFact fact) {
        boolean teachersEntry = event.type() == EventType.REGISTER_MARK
                || event.type() == EventType.AMENDMENT && ctx.principal.role() == Role.TEACHER;
        if (teachersEntry && !ctx.callerTeaches(pupil, fact.date(), event.staffId())) {
            return Rejection.forbidden((event.staffId() == null ? "you do not" : "staff member " + event.staffId()
                    + " does not") + " teach pupil " + pupil.id() + "'s class or cover it on " + fact.date());
        }
        if (event.type() == EventType.AMENDMENT) {
            // Signed by whoever is signed in on the tablet (staffId), else by the device's own staff member.
            String signature = ctx.signature(event.staffId());
            if (!fact.by().equals(signature)) {
                return Rejection.forbidden("an amendment is signed by " + (event.staffId() == null
                        ? "the device's staff member" : "the staff member signed in (staffId)") + ": by must be \""
                        + signature + "\"");
            }
        }
        if (fact.code() == AttendanceCode.C && event.type() != EventType.REGISTER_MARK
                && ctx.leave.refusalCovering(pupil.id(), fact.date()) != null) {
            return Rejection.invalid("leave for " + fact.date() + " was refused, and a refusal is final: an absence"
                    + " on those dates is G");
        }
        if (fact.report() != null) {
            Referenced report = ctx.references.get(fact.report());
            if (report == null || report.type() != EventType.ABSENCE_REPORT || !report.pupil().equals(pupil.id())) {
                return Rejection.invalid("report " + fact.report() + " is not an absence report for this pupil");
            }
        }
        String ageProblem = pupil.age() == null ? null : pupil.age().codeProblem(fact.code(), fact.date());
        return firstProblem(
                event.type() == EventType.REGISTER_MARK ? notInFuture(setup, ctx, fact.date()) : null,
                sessionProblem(setup, fact.date(), fact.session()),
                rollProblem(pupil, fact.date()),
                ageProblem == null ? null : Rejection.invalid(ageProblem));
    }

    /**
     * The gate takes back an arrival its school's gate recorded for this pupil, on the arrival's own
     * school day (after that, the office amends the mark). Taking back one already withdrawn is
     * accepted and changes nothing: the rules treat withdrawals as a set.
     */
    private static Rejection checkWithdrawal(PushContext ctx, SchoolRosters.Pupil pupil, SchoolSetup setup,
                                             ArrivalWithdrawn withdrawal) {
        PushContext.GateArrival arrival = ctx.gateArrivals.get(withdrawal.arrival());
        if (arrival == null || !arrival.schoolId().equals(pupil.schoolId())) {
            return Rejection.invalid("no arrival " + withdrawal.arrival() + " was recorded by this school's gate"
                    + " (push the arrival first, or before its withdrawal in the same batch)");
        }
        if (!arrival.pupil().equals(pupil.id())) {
            return Rejection.invalid("arrival " + withdrawal.arrival() + " is not an arrival of pupil " + pupil.id());
        }
        LocalDate day = withdrawal.at().toLocalDate();
        if (!day.equals(arrival.date())) {
            return Rejection.invalid("arrival " + withdrawal.arrival() + " was recorded on " + arrival.date()
                    + "; the gate withdraws an arrival only on that school day (after it, the office amends the mark)");
        }
        return notInFuture(setup, ctx, day);
    }

    private static String writersOf(EventType type) {
        return String.join(" or ", type.writers().stream().map(Enum::name).sorted().toList());
    }

    private static Rejection openReference(PushContext ctx, UUID id, SchoolRosters.Pupil pupil, EventType expected) {
        Referenced ref = ctx.references.get(id);
        String noun = expected == EventType.ABSENCE_REPORT ? "absence report" : "leave request";
        if (ref == null || ref.type() != expected || !ref.pupil().equals(pupil.id())) {
            return Rejection.invalid(id + " is not " + (expected == EventType.ABSENCE_REPORT ? "an " : "a ") + noun
                    + " for this pupil");
        }
        switch (ref.status()) {
            case OPEN:
                return null;
            case PROCESSED:
                return Rejection.invalid("the " + noun + " was already processed by the office");
            case CANCELLED:
                return Rejection.invalid("the " + noun + " was cancelled");
            default:
                return Rejection.invalid("the " + noun + " was already decided; a decision is final");
        }
    }

    private static Rejection sessionProblem(SchoolSetup setup, LocalDate date, Session session) {
        SchoolCalendar calendar = setup.calendar();
        if (calendar.isSchoolSession(date, session)) {
            return null;
        }
        AttendanceCode closure = calendar.closureCode(date, session);
        if (closure != null) {
            return Rejection.invalid(date + " " + session + " is a closed session (" + closure.symbol() + ": "
                    + closure.meaning() + ")");
        }
        return Rejection.invalid(date + " " + session + " is not a school session (a weekend or outside term)");
    }

    private static Rejection notInFuture(SchoolSetup setup, PushContext ctx, LocalDate date) {
        return date.isAfter(setup.today(ctx.now))
                ? Rejection.invalid(date + " is in the future at the school") : null;
    }

    private static Rejection rollProblem(SchoolRosters.Pupil pupil, LocalDate date) {
        return pupil.onRollOn(date) ? null : Rejection.invalid("pupil " + pupil.id() + " was not on roll on " + date);
    }

    private static Rejection firstProblem(Rejection... problems) {
        for (Rejection problem : problems) {
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
