package uk.registerly.server.worklists;

import java.util.UUID;
import uk.registerly.server.cache.RegisterFacts;

/** Who a worklist entry is about, as the office reads it: written into the entry's own fields. */
public record PupilNames(UUID pupil, String firstName, String lastName, String yearGroup, UUID classId, String className) {

    public static PupilNames of(RegisterFacts.PupilRow row) {
        return new PupilNames(row.id(), row.firstName(), row.lastName(), row.yearGroup(), row.classId(), row.className());
    }
}
