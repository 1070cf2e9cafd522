package uk.registerly.server.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.leave.LeaveAssessment;
import uk.registerly.rules.leave.LeaveIssue;
import uk.registerly.rules.recording.ProblemCode;
import uk.registerly.rules.recording.ProposedFact;
import uk.registerly.rules.recording.Recorder;
import uk.registerly.rules.recording.RecordingProblem;
import uk.registerly.rules.recording.RecordingRules;
import uk.registerly.rules.time.ClockCheck;
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
 * Who may write what, and whether it is a fact the register can hold. For the register facts the
 * answer is the rules module's {@link RecordingRules} (the check the device runs too, so the tablet shows
 * what the server will do), given the fact at its trusted time and the trusted time of its receipt: a
 * known 2024 code, a real school session of the pupil's school, a pupil on roll, a register not yet
 * closed for a teacher's mark, no authorised code on refused leave but an office amendment. The server
 * adds what only it knows: whether the caller teaches the class, signs as themselves, refers to this
 * pupil's own reports, requests, photos and arrivals.
 */
final class EventChecks {

    private EventChecks() {
    }

    /** Null when {@code event} may be appended; otherwise why not. */
    static Rejection check(PushContext ctx, IncomingEvent event) {
        if (!event.type().writers().contains(ctx.principal.role())) {
            return Rejection.forbidden(ProblemCode.RECORDER_NOT_ALLOWED.errorCode(), "a " + ctx.principal.role()
                    + " may not push " + event.type() + " (only " + writersOf(event.type()) + ")");
        }
        EventPayload payload = event.payload();
        if (payload.pupil() == null) {
            return SchoolDayChecks.checkSchoolWide(ctx, event); // issue 15: roll calls and spot checks name no pupil
        }
        SchoolRosters.Pupil pupil = ctx.pupil(payload.pupil());
        if (ctx.principal instanceof DevicePrincipal device) {
            if (pupil == null || !pupil.schoolId().equals(device.schoolId())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "pupil " + payload.pupil()
                        + " is not on roll at this device's school");
            }
        } else if (ctx.principal instanceof ParentPrincipal parent) {
            if (pupil == null || !parent.isParentOf(payload.pupil())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "pupil " + payload.pupil()
                        + " is not one of your children");
            }
        }
        if (event.staffId() != null && ctx.staffMember(event.staffId()) == null) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, ctx.principal instanceof ParentPrincipal
                    ? "a parent's event names no staff member (staffId)"
                    : "staffId " + event.staffId() + " is not a member of this device's school's staff");
        }
        SchoolSetup setup = ctx.setup(pupil);
        if (payload instanceof SessionFact fact) {
            return checkSessionFact(ctx, event, pupil, setup, fact);
        }
        if (payload instanceof ArrivalWithdrawn withdrawal) {
            return checkWithdrawal(ctx, event, pupil, setup, withdrawal);
        }
        if (payload instanceof Arrival) {
            return recording(ctx, event, setup,
                    ProposedFact.arrival(rulesPupil(pupil, setup), event.trustedAt()));
        }
        if (payload instanceof AbsenceReport report) {
            Rejection dates = withinCalendar(setup, report.from(), report.to());
            if (dates != null) {
                return dates;
            }
            if (report.evidence() != null) {
                PushContext.Evidence photo = ctx.evidence.get(report.evidence());
                if (photo == null || !photo.pupil().equals(pupil.id()) || !photo.parent().equals(ctx.principal.actorId())) {
                    return Rejection.invalid(Rejection.REFERENCE_UNKNOWN, "evidence " + report.evidence()
                            + " was not uploaded by you for this pupil");
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
                return Rejection.invalid(Rejection.LEAVE_NOT_GRANTABLE, "leave cannot be granted: "
                        + assessment.issues().stream().filter(LeaveIssue::isBlocking).map(Enum::name).toList()
                        + " (leave is granted only in advance, and a refusal is final)");
            }
            return null;
        }
        if (payload instanceof ContactAttempt contact) {
            return pupil.onRollOn(contact.date()) ? null : Rejection.invalid(ProblemCode.NOT_ON_ROLL.errorCode(),
                    "pupil " + pupil.id() + " was not on roll on " + contact.date());
        }
        if (payload instanceof LeaveRequest request) {
            return withinCalendar(setup, request.from(), request.to());
        }
        if (payload instanceof EventPayload.SchoolDay) {
            return SchoolDayChecks.check(ctx, event, pupil, setup);
        }
        throw new IllegalStateException("unchecked payload " + payload);
    }

    private static Rejection checkSessionFact(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil,
                                              SchoolSetup setup, SessionFact fact) {
        boolean teachersEntry = (event.type() == EventType.REGISTER_MARK || event.type() == EventType.AMENDMENT)
                && ctx.principal.role() == Role.TEACHER;
        if (event.type() == EventType.REGISTER_MARK) {
            Rejection behalf = SchoolDayChecks.onBehalf(ctx, event, pupil, fact.date());
            if (behalf != null) {
                return behalf;
            }
        }
        if (teachersEntry && !ctx.callerTeaches(pupil, fact.date(), event.staffId())) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, (event.staffId() == null ? "you do not"
                    : "staff member " + event.staffId() + " does not") + " teach pupil " + pupil.id()
                    + "'s class or cover it on " + fact.date());
        }
        if (event.type() == EventType.AMENDMENT) {
            // Signed by whoever is signed in on the tablet (staffId), else by the device's own staff member.
            String signature = ctx.signature(event.staffId());
            if (!fact.by().equals(signature)) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "an amendment is signed by "
                        + (event.staffId() == null ? "the device's staff member" : "the staff member signed in (staffId)")
                        + ": by must be \"" + signature + "\"");
            }
        }
        if (fact.report() != null) {
            Referenced report = ctx.references.get(fact.report());
            if (report == null || report.type() != EventType.ABSENCE_REPORT || !report.pupil().equals(pupil.id())) {
                return Rejection.invalid(Rejection.REFERENCE_UNKNOWN, "report " + fact.report()
                        + " is not an absence report for this pupil");
            }
        }
        Pupil rulesPupil = rulesPupil(pupil, setup);
        LocalDateTime at = event.trustedAt();
        ProposedFact proposed = switch (event.type()) {
            case REGISTER_MARK -> ProposedFact.registerMark(rulesPupil, fact.date(), fact.session(), fact.code(), at);
            case REASON -> ProposedFact.reason(rulesPupil, fact.date(), fact.session(), fact.code(), at);
            case AMENDMENT -> ProposedFact.amendment(recorder(ctx.principal.role()), rulesPupil, fact.date(),
                    fact.session(), fact.code(), at, fact.reason(), fact.by());
            default -> throw new IllegalStateException(event.type() + " is no session fact");
        };
        return recording(ctx, event, setup, proposed);
    }

    /**
     * The rules' answer. One exception: a register mark whose device clock gave an impossible time (year
     * 0000, a day off with no offset) has the receipt as its trusted time, which says nothing of when the
     * register was taken, so it is not refused as after the close: the mark is kept, flagged "clock
     * unverified", and listed for the office (issue 12, item 8: an implausible device time "must not lose
     * the mark").
     */
    private static Rejection recording(PushContext ctx, IncomingEvent event, SchoolSetup setup, ProposedFact fact) {
        RecordingRules rules = new RecordingRules(setup.policy(), setup.calendar());
        LocalDateTime now = setup.localTime(ctx.now);
        RecordingProblem problem = rules.check(fact, now, ctx.leave.decisions(fact.pupil().id()), List.of());
        if (problem == null || problem.code() == ProblemCode.REGISTER_CLOSED
                && event.clockCheck() == ClockCheck.IMPLAUSIBLE) {
            return null;
        }
        return Rejection.of(problem);
    }

    private static Recorder recorder(Role role) {
        return switch (role) {
            case TEACHER -> Recorder.TEACHER;
            case GATE -> Recorder.GATE;
            case OFFICE -> Recorder.OFFICE;
            default -> throw new IllegalStateException(role + " records no register fact");
        };
    }

    private static Pupil rulesPupil(SchoolRosters.Pupil pupil, SchoolSetup setup) {
        return new Pupil(pupil.id().toString(), pupil.yearGroup(),
                pupil.age() == null ? null : pupil.age().dateOfBirth(), pupil.onRollFrom(), pupil.onRollUntil());
    }

    /**
     * The gate takes back an arrival its school's gate recorded for this pupil, on the arrival's own
     * school day (after that, the office amends the mark). Taking back one already withdrawn is
     * accepted and changes nothing: the rules treat withdrawals as a set.
     */
    private static Rejection checkWithdrawal(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil,
                                             SchoolSetup setup, ArrivalWithdrawn withdrawal) {
        PushContext.GateArrival arrival = ctx.gateArrivals.get(withdrawal.arrival());
        if (arrival == null || !arrival.schoolId().equals(pupil.schoolId())) {
            return Rejection.invalid(ProblemCode.ARRIVAL_UNKNOWN.errorCode(), "no arrival " + withdrawal.arrival()
                    + " was recorded by this school's gate (push the arrival first, or before its withdrawal in the"
                    + " same batch)");
        }
        if (!arrival.pupil().equals(pupil.id())) {
            return Rejection.invalid(ProblemCode.ARRIVAL_UNKNOWN.errorCode(), "arrival " + withdrawal.arrival()
                    + " is not an arrival of pupil " + pupil.id());
        }
        LocalDate day = event.trustedAt().toLocalDate();
        if (!day.equals(arrival.date())) {
            return Rejection.invalid(ProblemCode.WITHDRAWAL_NOT_SAME_DAY.errorCode(), "arrival "
                    + withdrawal.arrival() + " was recorded on " + arrival.date() + "; the gate withdraws an arrival"
                    + " only on that school day (after it, the office amends the mark)");
        }
        return day.isAfter(setup.today(ctx.now))
                ? Rejection.invalid(ProblemCode.DATE_IN_FUTURE.errorCode(), day + " is in the future at the school")
                : null;
    }

    /**
     * Dates of a report or a leave request lie within the school's calendar years: from 1 September of the
     * school year of its first term to 31 August of the school year of its last (issue 12, item 8: "leave
     * dates within the school's calendar years"). Anything else is a mistyped year, never a real absence.
     */
    private static Rejection withinCalendar(SchoolSetup setup, LocalDate from, LocalDate to) {
        List<Term> terms = setup.calendar().terms();
        if (terms.isEmpty()) {
            return null;
        }
        LocalDate first = terms.get(0).from();
        LocalDate last = terms.get(0).to();
        for (Term term : terms) {
            first = term.from().isBefore(first) ? term.from() : first;
            last = term.to().isAfter(last) ? term.to() : last;
        }
        LocalDate earliest = LocalDate.of(first.getMonthValue() >= 9 ? first.getYear() : first.getYear() - 1, 9, 1);
        LocalDate latest = LocalDate.of(last.getMonthValue() >= 9 ? last.getYear() + 1 : last.getYear(), 8, 31);
        if (from.isBefore(earliest) || from.isAfter(latest)) {
            return Rejection.invalid(Rejection.INVALID_PAYLOAD, "payload.from must be within the school's calendar ("
                    + earliest + " to " + latest + ")");
        }
        if (to.isAfter(latest)) {
            return Rejection.invalid(Rejection.INVALID_PAYLOAD, "payload.to must be within the school's calendar ("
                    + earliest + " to " + latest + ")");
        }
        return null;
    }

    private static String writersOf(EventType type) {
        return String.join(" or ", type.writers().stream().map(Enum::name).sorted().toList());
    }

    private static Rejection openReference(PushContext ctx, UUID id, SchoolRosters.Pupil pupil, EventType expected) {
        Referenced ref = ctx.references.get(id);
        String noun = expected == EventType.ABSENCE_REPORT ? "absence report" : "leave request";
        if (ref == null || ref.type() != expected || !ref.pupil().equals(pupil.id())) {
            return Rejection.invalid(Rejection.REFERENCE_UNKNOWN, id + " is not "
                    + (expected == EventType.ABSENCE_REPORT ? "an " : "a ") + noun + " for this pupil");
        }
        switch (ref.status()) {
            case OPEN:
                return null;
            case PROCESSED:
                return Rejection.invalid(Rejection.REFERENCE_CLOSED, "the " + noun + " was already processed by the office");
            case CANCELLED:
                return Rejection.invalid(Rejection.REFERENCE_CLOSED, "the " + noun + " was cancelled");
            default:
                return Rejection.invalid(Rejection.REFERENCE_CLOSED, "the " + noun + " was already decided; a decision is final");
        }
    }
}
