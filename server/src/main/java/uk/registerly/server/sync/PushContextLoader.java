package uk.registerly.server.sync;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.codes.CountsAs;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;

/**
 * Reads what validating one batch needs into a {@link PushContext}: the rosters and set-ups of the
 * schools the caller may write for (cached per version), and only what the batch's own events refer
 * to — reports and requests, photos, withdrawn arrivals, the leave history of the pupils concerned.
 * A batch of marks and arrivals from a device runs no query here.
 */
final class PushContextLoader {

    /** A school's set-up version, which keys its cached roster and calendar. */
    public record SchoolVersion(UUID id, int setupVersion) {
    }

    private final SchoolSetups setups;
    private final SchoolRosters rosters;
    private final Clock clock;

    PushContextLoader(SchoolSetups setups, SchoolRosters rosters, Clock clock) {
        this.setups = setups;
        this.rosters = rosters;
        this.clock = clock;
    }

    /**
     * What checking {@code events} needs, read in the push's handle; with {@code inTransaction}, the
     * referenced reports and requests are locked until the push commits.
     */
    PushContext load(Handle h, Principal principal, List<IncomingEvent> events, boolean inTransaction) {
        Set<UUID> refs = new LinkedHashSet<>();
        Set<UUID> evidence = new HashSet<>();
        Set<UUID> withdrawnArrivals = new HashSet<>();
        for (IncomingEvent event : events) {
            if (event.payload().refersToReport()) {
                refs.add(event.payload().ref());
            } else if (event.payload() instanceof EventPayload.ArrivalWithdrawn withdrawal) {
                withdrawnArrivals.add(withdrawal.arrival());
            }
            if (event.payload() instanceof EventPayload.AbsenceReport report && report.evidence() != null) {
                evidence.add(report.evidence());
            }
        }
        Map<UUID, Integer> versions = new HashMap<>();
        if (principal instanceof DevicePrincipal device) {
            versions.put(device.schoolId(), device.setupVersion());
        } else if (principal instanceof ParentPrincipal parent && !parent.children().isEmpty()) {
            h.createQuery("select id, setup_version from schools where id = any(:ids)")
                    .bind("ids", new HashSet<>(parent.childSchools().values()).toArray(new UUID[0]))
                    .map(ConstructorMapper.of(SchoolVersion.class))
                    .forEach(school -> versions.put(school.id(), school.setupVersion()));
        }
        Map<UUID, SchoolRosters.Roster> rosterMap = new HashMap<>();
        Map<UUID, SchoolSetup> setupMap = new HashMap<>();
        versions.forEach((school, version) -> {
            rosterMap.put(school, rosters.get(h, school, version));
            setupMap.put(school, setups.get(h, school, version));
        });
        Map<UUID, Referenced> references = new HashMap<>();
        if (!refs.isEmpty()) {
            if (inTransaction) {
                EventStore.lockReferences(h, refs);
            }
            references.putAll(EventStore.references(h, refs));
        }
        references.putAll(CaseworkReferences.load(h, events, principal)); // issue 16: withdrawn case actions, letters read
        Map<UUID, PushContext.Evidence> photos = new HashMap<>();
        if (!evidence.isEmpty()) {
            h.createQuery("select id, pupil_id as pupil, parent_id as parent from evidence where id = any(:ids)")
                    .bind("ids", evidence.toArray(new UUID[0]))
                    .map(ConstructorMapper.of(PushContext.Evidence.class))
                    .forEach(photo -> photos.put(photo.id(), photo));
        }
        // Only a batch that withdraws arrivals looks them up: marks and arrivals never query here.
        Map<UUID, PushContext.GateArrival> gateArrivals = withdrawnArrivals.isEmpty()
                ? new HashMap<>() : EventStore.gateArrivals(h, withdrawnArrivals);
        Set<UUID> leavePupils = new HashSet<>();
        for (IncomingEvent event : events) {
            EventPayload payload = event.payload();
            if (event.type() == EventType.LEAVE_DECISION || event.type() == EventType.LEAVE_REQUEST
                    || payload instanceof EventPayload.SessionFact fact
                    && fact.code().countsAs() == CountsAs.AUTHORISED_ABSENCE) {
                // an authorised code on a day of refused leave is refused (RecordingRules: leave_refused)
                leavePupils.add(payload.pupil());
            }
        }
        PushContext ctx = new PushContext(principal, clock.instant(), rosterMap, setupMap, references, photos,
                new LeaveHistory(), withdrawnArrivals, gateArrivals);
        leavePupils.removeIf(pupil -> ctx.pupil(pupil) == null); // refused by the roster check anyway
        ctx.schoolDay = SchoolDayContext.load(h, events);
        ctx.guardiansNamed = CaseworkReferences.guardiansNamed(h, events);
        ctx.leave.load(h, leavePupils, pupil -> ctx.setup(ctx.pupil(pupil)).zone(),
                pupil -> ctx.leaveRules(ctx.pupil(pupil)));
        return ctx;
    }
}
