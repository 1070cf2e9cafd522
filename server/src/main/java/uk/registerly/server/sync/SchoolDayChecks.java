package uk.registerly.server.sync;

import java.time.LocalDateTime;
import java.util.UUID;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.EarlyDepartureRules;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.SchoolDayPolicy;
import uk.registerly.rules.schoolday.SchoolDayProblem;
import uk.registerly.rules.spotcheck.SpotCheck;
import uk.registerly.rules.spotcheck.SpotCheckRules;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetup;

/**
 * Who may write issue 15's school-day events and whether the rules module lets them be recorded
 * (EarlyDepartureRules, SpotCheckRules, the roll call's own checks). Times are school-local, judged against the
 * server's clock at the school: nothing in the future.
 */
final class SchoolDayChecks {

    private SchoolDayChecks() {
    }

    /**
     * ROLL_CALL_STARTED, ROLL_CALL_ENDED, SPOT_CHECK: events of the device's school that name no pupil. The
     * type's writers are already checked; a parent never writes them.
     */
    static Rejection checkSchoolWide(PushContext ctx, IncomingEvent event) {
        DevicePrincipal device = (DevicePrincipal) ctx.principal;
        if (event.staffId() != null && ctx.staffMember(event.staffId()) == null) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, "staffId " + event.staffId() + " is not a member of this device's school's staff");
        }
        SchoolSetup setup = ctx.setupOf(device.schoolId());
        LocalDateTime now = setup.localTime(ctx.now);
        EventPayload payload = event.payload();
        if (payload instanceof SchoolDayPayloads.RollCallStarted start) {
            return future(start.at(), now);
        }
        if (payload instanceof SchoolDayPayloads.RollCallEnded end) {
            Rejection call = rollCall(ctx, device, end.rollCall(), end.at());
            return call != null ? call : future(end.at(), now);
        }
        if (payload instanceof SchoolDayPayloads.SpotCheck check) {
            return checkSpotCheck(ctx, event, device, check, now);
        }
        throw new IllegalStateException("unchecked school-wide payload " + payload);
    }

    /** EARLY_DEPARTURE, RETURNED, ROLL_CALL_ACCOUNTED and PARENT_NOTIFIED: the pupil is on roll at the caller's school. */
    static Rejection check(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil, SchoolSetup setup) {
        LocalDateTime now = setup.localTime(ctx.now);
        EventPayload payload = event.payload();
        // Whether a departure complies with the school's policy is the office's worklist's question, not a reason
        // to refuse the fact: the pupil has left either way.
        EarlyDepartureRules rules = new EarlyDepartureRules(setup.policy(), setup.calendar(), SchoolDayPolicy.standard());
        if (payload instanceof SchoolDayPayloads.EarlyDeparture d) {
            if (d.approved() || d.approvedBy() != null) {
                if (ctx.staffMember(d.approvedBy()) == null) {
                    return Rejection.invalid(Rejection.INVALID_PAYLOAD, "approvedBy " + d.approvedBy() + " is not a member of the school's staff");
                }
            }
            Collector collector = d.guardian() != null ? Collector.guardian(d.guardian().toString())
                    : d.adultName() != null ? Collector.adult(d.adultName(), d.relationship()) : Collector.nobody();
            String approver = d.approvedBy() == null ? null : ctx.staffMember(d.approvedBy()).signature();
            EarlyDeparture fact = new EarlyDeparture(event.id().toString(), pupil.id().toString(), d.at(), d.reason(),
                    collector, d.note(), d.approved(), approver);
            return problem(rules.checkDeparture(fact, forRules(pupil), now,
                    ctx.schoolDay.guardiansOf(pupil.id())));
        }
        if (payload instanceof SchoolDayPayloads.Returned r) {
            return problem(rules.checkReturn(new PupilReturn(event.id().toString(), pupil.id().toString(), r.at()),
                    forRules(pupil), now, ctx.schoolDay.departuresOf(pupil.id())));
        }
        if (payload instanceof SchoolDayPayloads.RollCallAccounted tick) {
            if (ctx.principal.role() == Role.TEACHER
                    && !ctx.callerTeaches(pupil, tick.at().toLocalDate(), event.staffId())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "a teacher ticks the pupils of the classes they teach or cover: pupil "
                        + pupil.id() + " is not in them");
            }
            Rejection call = rollCall(ctx, (DevicePrincipal) ctx.principal, tick.rollCall(), tick.at());
            return call != null ? call : future(tick.at(), now);
        }
        if (payload instanceof SchoolDayPayloads.ParentNotified notice) {
            if (notice.date().isAfter(now.toLocalDate())) {
                return Rejection.invalid("date_in_future", notice.date() + " is in the future at the school");
            }
            return future(notice.at(), now);
        }
        throw new IllegalStateException("unchecked school-day payload " + payload);
    }

    private static Rejection checkSpotCheck(PushContext ctx, IncomingEvent event, DevicePrincipal device,
                                            SchoolDayPayloads.SpotCheck check, LocalDateTime now) {
        if (check.classId() != null && !ctx.schoolDay.isClass(check.classId())) {
            return Rejection.invalid(Rejection.INVALID_PAYLOAD, "classId " + check.classId() + " is not a class of this school");
        }
        java.util.Set<String> expected = new java.util.LinkedHashSet<>();
        for (UUID id : check.expected()) {
            SchoolRosters.Pupil pupil = ctx.pupil(id);
            if (pupil == null || !pupil.schoolId().equals(device.schoolId())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "pupil " + id + " is not on roll at this device's school");
            }
            if (device.role() == Role.TEACHER && !ctx.callerTeaches(pupil, check.at().toLocalDate(), event.staffId())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "a teacher spot-checks the classes they teach or cover: pupil " + id
                        + " is not in them");
            }
            expected.add(id.toString());
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (UUID id : check.found()) {
            SchoolRosters.Pupil pupil = ctx.pupil(id);
            if (pupil == null || !pupil.schoolId().equals(device.schoolId())) {
                return Rejection.forbidden(Rejection.NOT_PERMITTED, "pupil " + id + " is not on roll at this device's school");
            }
            found.add(id.toString());
        }
        Rejection incomplete = problem(SpotCheckRules.check(new SpotCheck(event.id().toString(), check.where(),
                check.classId() == null ? null : check.classId().toString(), check.at(), expected, found)));
        return incomplete != null ? incomplete : future(check.at(), now);
    }

    /**
     * A REGISTER_MARK by the office is a register taken on the teacher's behalf (issue 15), recorded as such: its
     * {@code onBehalfOf} names the member of staff who teaches the pupil's class (or covers it) on the date. A
     * teacher's own mark names nobody else.
     */
    static Rejection onBehalf(PushContext ctx, IncomingEvent event, SchoolRosters.Pupil pupil, java.time.LocalDate date) {
        com.fasterxml.jackson.databind.JsonNode behalf = event.payloadJson().get("onBehalfOf");
        boolean named = behalf != null && !behalf.isNull();
        if (ctx.principal.role() != Role.OFFICE) {
            return named ? Rejection.forbidden(Rejection.NOT_PERMITTED, "onBehalfOf is for a register the office takes on a teacher's behalf:"
                    + " a teacher records their own") : null;
        }
        if (!named) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, "the office records a register mark only on a teacher's behalf: onBehalfOf"
                    + " names the teacher");
        }
        UUID teacher;
        try {
            teacher = UUID.fromString(behalf.asText());
            if (!behalf.isTextual() || !teacher.toString().equals(behalf.asText())) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            return Rejection.invalid(Rejection.INVALID_PAYLOAD, "payload.onBehalfOf must be a UUID in canonical lower-case form");
        }
        if (ctx.staffMember(teacher) == null || !ctx.callerTeaches(pupil, date, teacher)) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, "onBehalfOf " + teacher + " does not teach pupil " + pupil.id()
                    + "'s class or cover it on " + date);
        }
        return null;
    }

    /** The roll call a tick or an end names: a start of this school, stored or earlier in the batch, not after it. */
    private static Rejection rollCall(PushContext ctx, DevicePrincipal device, UUID id, LocalDateTime at) {
        SchoolDayContext.Start start = ctx.schoolDay.rollCall(id);
        if (start != null && !start.schoolId().equals(device.schoolId())) {
            return Rejection.forbidden(Rejection.NOT_PERMITTED, "roll call " + id + " is another school's");
        }
        if (start == null) {
            return Rejection.invalid("roll_call_unknown", "no roll call " + id + " was started at this school (push"
                    + " the ROLL_CALL_STARTED first, or before it in the same batch)");
        }
        if (at.isBefore(start.at())) {
            return Rejection.invalid("before_roll_call", "roll call " + id + " started at " + start.at()
                    + ", after " + at);
        }
        return null;
    }

    private static Rejection future(LocalDateTime at, LocalDateTime now) {
        return at.isAfter(now) ? Rejection.invalid("date_in_future", at + " is in the future at the school (it is "
                + now.withNano(0) + ")") : null;
    }

    private static Rejection problem(SchoolDayProblem problem) {
        return problem == null ? null : Rejection.invalid(problem.errorCode(), problem.message());
    }

    static Pupil forRules(SchoolRosters.Pupil pupil) {
        return new Pupil(pupil.id().toString(), pupil.yearGroup(), null, pupil.onRollFrom(), pupil.onRollUntil());
    }
}
