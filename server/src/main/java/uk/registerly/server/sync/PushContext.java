package uk.registerly.server.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.school.SchoolSetup;

/**
 * What validating one batch needs, read once per batch inside its transaction: the pupils it names,
 * their schools' set-up, the reports and requests it refers to (updated as the batch's own events are
 * accepted, so a report and its edit may travel in one batch), and attached evidence.
 */
final class PushContext {

    /** A photo a parent uploaded: which pupil it is about and who uploaded it. */
    record Evidence(UUID pupil, UUID parent) {
    }

    final Principal principal;
    final Instant now;
    final Map<UUID, PupilOnRoll> pupils;
    final Map<UUID, Referenced> references;
    final Map<UUID, Evidence> evidence;
    private final Function<PupilOnRoll, SchoolSetup> setups;

    PushContext(Principal principal, Instant now, Map<UUID, PupilOnRoll> pupils, Map<UUID, Referenced> references,
                Map<UUID, Evidence> evidence, Function<PupilOnRoll, SchoolSetup> setups) {
        this.principal = principal;
        this.now = now;
        this.pupils = pupils;
        this.references = references;
        this.evidence = evidence;
        this.setups = setups;
    }

    SchoolSetup setup(PupilOnRoll pupil) {
        return setups.apply(pupil);
    }

    /** Records the effect of an accepted event on the reports and requests later events may refer to. */
    void accepted(IncomingEvent event, PupilOnRoll pupil) {
        EventPayload payload = event.payload();
        if (event.type() == EventType.ABSENCE_REPORT || event.type() == EventType.LEAVE_REQUEST) {
            references.put(event.id(), new Referenced(event.id(), event.type(), pupil.id(), pupil.schoolId(),
                    Referenced.Status.OPEN));
        } else if (payload.ref() != null) {
            Referenced ref = references.get(payload.ref());
            if (ref != null) {
                references.put(ref.id(), ref.with(Referenced.after(ref.status(), event.type())));
            }
        }
    }
}
