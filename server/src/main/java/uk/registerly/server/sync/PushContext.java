package uk.registerly.server.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.rules.leave.LeaveOfAbsenceRules;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetup;

/**
 * What validating one batch needs: the rosters and set-ups of the schools it may touch (cached per
 * version), the reports and requests it refers to (updated as the batch's own events are accepted,
 * so a report and its edit may travel in one batch), and attached evidence.
 */
final class PushContext {

    /** A photo a parent uploaded: which pupil it is about and who uploaded it. */
    public record Evidence(UUID id, UUID pupil, UUID parent) {
    }

    /** An arrival recorded by a GATE device of the pupil's school, as a withdrawal of it is checked. */
    public record GateArrival(UUID id, UUID pupil, UUID schoolId, LocalDate date) {
    }

    final Principal principal;
    final Instant now;
    final Map<UUID, Referenced> references;
    final Map<UUID, Evidence> evidence;
    final LeaveHistory leave;
    /** The arrivals the batch's withdrawals name: those already stored, then the batch's own as accepted. */
    final Map<UUID, GateArrival> gateArrivals;
    private final Set<UUID> withdrawnArrivals;
    /** What the batch's school-day events (issue 15) refer to; NONE when it holds none. */
    SchoolDayContext schoolDay = SchoolDayContext.NONE;
    /** Which guardians the batch's case actions name are guardians of which pupils (issue 16). */
    Set<CaseworkReferences.GuardianOf> guardiansNamed = Set.of();
    private final Map<UUID, SchoolRosters.Roster> rosters;
    private final Map<UUID, SchoolSetup> setups;

    PushContext(Principal principal, Instant now, Map<UUID, SchoolRosters.Roster> rosters,
                Map<UUID, SchoolSetup> setups, Map<UUID, Referenced> references, Map<UUID, Evidence> evidence,
                LeaveHistory leave, Set<UUID> withdrawnArrivals, Map<UUID, GateArrival> gateArrivals) {
        this.principal = principal;
        this.now = now;
        this.rosters = rosters;
        this.setups = setups;
        this.references = references;
        this.evidence = evidence;
        this.leave = leave;
        this.withdrawnArrivals = withdrawnArrivals;
        this.gateArrivals = gateArrivals;
    }

    LeaveOfAbsenceRules leaveRules(SchoolRosters.Pupil pupil) {
        return new LeaveOfAbsenceRules(setup(pupil).policy());
    }

    /** The pupil, if on the roster of a school this caller may write for. */
    SchoolRosters.Pupil pupil(UUID id) {
        if (id == null) {
            return null; // a school-wide event (issue 15) names no pupil; the rosters' maps refuse a null key
        }
        for (SchoolRosters.Roster roster : rosters.values()) {
            SchoolRosters.Pupil pupil = roster.pupils().get(id);
            if (pupil != null) {
                return pupil;
            }
        }
        return null;
    }

    /**
     * Whether whoever records a fact about {@code date} for {@code pupil} teaches the pupil's class or
     * covers it that day: the staff member signed in on the tablet ({@code signedIn}), else the device's own.
     */
    boolean callerTeaches(SchoolRosters.Pupil pupil, LocalDate date, UUID signedIn) {
        return principal instanceof DevicePrincipal device && rosters.get(pupil.schoolId())
                .teachesOrCovers(signedIn != null ? signedIn : device.staffId(), pupil, date);
    }

    /** A member of the device's school's staff, or null. */
    SchoolRosters.StaffMember staffMember(UUID staffId) {
        return principal instanceof DevicePrincipal device ? rosters.get(device.schoolId()).staff().get(staffId) : null;
    }

    /** "Name, Position" of who records: the staff member signed in ({@code signedIn}), else the device's own. */
    String signature(UUID signedIn) {
        if (signedIn != null) {
            SchoolRosters.StaffMember member = staffMember(signedIn);
            return member == null ? null : member.signature();
        }
        return principal instanceof DevicePrincipal device ? device.signature() : null;
    }

    SchoolSetup setup(SchoolRosters.Pupil pupil) {
        return setups.get(pupil.schoolId());
    }

    SchoolSetup setupOf(UUID schoolId) {
        return setups.get(schoolId);
    }

    /**
     * Records the effect of an accepted event on the reports, requests and arrivals later events of
     * the batch may refer to.
     */
    void accepted(IncomingEvent event, SchoolRosters.Pupil pupil) {
        EventPayload payload = event.payload();
        if (payload instanceof EventPayload.SchoolDay) {
            schoolDay.accepted(event, principal instanceof DevicePrincipal d ? d.schoolId() : null);
            return;
        }
        if (!withdrawnArrivals.isEmpty() && payload instanceof EventPayload.Arrival arrival
                && withdrawnArrivals.contains(event.id())) {
            // the caller is a GATE device of the pupil's school, or the arrival would have been refused
            gateArrivals.putIfAbsent(event.id(),
                    new GateArrival(event.id(), pupil.id(), pupil.schoolId(), arrival.at().toLocalDate()));
        }
        if (event.type() == EventType.ABSENCE_REPORT || event.type() == EventType.LEAVE_REQUEST
                || event.type() == EventType.CASE_ACTION) {
            references.put(event.id(), new Referenced(event.id(), event.type(), pupil.id(), pupil.schoolId(),
                    Referenced.Status.OPEN));
        }
        if (event.type() == EventType.LEAVE_REQUEST) {
            leave.request(event.id(), pupil.id(), setup(pupil).today(now), event.payloadJson());
        } else if (payload instanceof EventPayload.LeaveDecision decision) {
            String by = signature(event.staffId());
            leave.decision(decision.request(), decision.decision().name(), by == null ? "the school office" : by,
                    setup(pupil).today(now), leaveRules(pupil));
        }
        if (payload.ref() != null && event.type() != EventType.ABSENCE_REPORT) {
            Referenced ref = references.get(payload.ref());
            if (ref != null) {
                references.put(ref.id(), ref.with(Referenced.after(ref.status(), event.type())));
            }
        }
    }
}
