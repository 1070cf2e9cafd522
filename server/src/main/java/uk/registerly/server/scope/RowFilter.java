package uk.registerly.server.scope;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which rows of the log a pull serves, in the log's own terms: events of some pupils (null: any) about
 * one day (null: any), and PUPIL and CLASS roster rows of some pupils and classes (null: any). An empty
 * set means none. {@code otherKinds}: the role's other roster kinds too (SCHOOL, STAFF), which every
 * scope holds whole.
 */
public record RowFilter(Set<UUID> eventPupils, LocalDate eventDay, Set<UUID> rosterPupils, Set<UUID> rosterClasses,
                        boolean otherKinds) {

    public RowFilter {
        eventPupils = eventPupils == null ? null : Set.copyOf(eventPupils);
        rosterPupils = rosterPupils == null ? null : Set.copyOf(rosterPupils);
        rosterClasses = rosterClasses == null ? null : Set.copyOf(rosterClasses);
    }

    /** Whether no row can pass. */
    public boolean isEmpty() {
        return eventPupils != null && eventPupils.isEmpty() && rosterPupils != null && rosterPupils.isEmpty()
                && rosterClasses != null && rosterClasses.isEmpty() && !otherKinds;
    }
}
