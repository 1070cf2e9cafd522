package uk.registerly.server.scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetups;

/**
 * Works out a device's {@link DeviceScope} from its school's roster (cached per set-up version: a
 * roster import or a cover assignment bumps it) and the school-local date. An OFFICE device has none:
 * it holds the whole school.
 */
public final class DeviceScopes {

    private final SchoolRosters rosters;
    private final SchoolSetups setups;

    public DeviceScopes(SchoolRosters rosters, SchoolSetups setups) {
        this.rosters = rosters;
        this.setups = setups;
    }

    /** The scope of {@code device} at {@code now}; empty for an OFFICE device. */
    public Optional<DeviceScope> current(Handle h, DevicePrincipal device, Instant now) {
        if (device.role() == Role.OFFICE) {
            return Optional.empty();
        }
        LocalDate today = setups.get(h, device.schoolId(), device.setupVersion()).today(now);
        if (device.role() == Role.GATE) {
            return Optional.of(DeviceScope.gate(today));
        }
        SchoolRosters.Roster roster = rosters.get(h, device.schoolId(), device.setupVersion());
        return Optional.of(teacher(roster, device.staffId(), today));
    }

    /** The classes {@code staffId} teaches or covers on {@code today}, and their pupils. */
    static DeviceScope teacher(SchoolRosters.Roster roster, UUID staffId, LocalDate today) {
        Map<UUID, List<DeviceScope.ClassGrant>> grants = new HashMap<>();
        for (UUID classId : roster.classesTaughtBy(staffId)) {
            grants.computeIfAbsent(classId, c -> new ArrayList<>())
                    .add(new DeviceScope.ClassGrant(classId, DeviceScope.Grant.TEACHES, null, null, null));
        }
        for (SchoolRosters.Cover cover : roster.coversInForce(staffId, today)) {
            grants.computeIfAbsent(cover.classId(), c -> new ArrayList<>())
                    .add(new DeviceScope.ClassGrant(cover.classId(), DeviceScope.Grant.COVER, cover.id(),
                            cover.startsOn(), cover.endsOn()));
        }
        Set<UUID> classes = grants.keySet();
        List<UUID> pupils = new ArrayList<>();
        for (SchoolRosters.Pupil pupil : roster.pupils().values()) {
            if (pupil.classId() != null && classes.contains(pupil.classId())) {
                pupils.add(pupil.id());
            }
        }
        return DeviceScope.teacher(grants.values().stream().flatMap(List::stream).toList(), pupils);
    }
}
