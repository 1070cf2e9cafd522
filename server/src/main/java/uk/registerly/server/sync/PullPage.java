package uk.registerly.server.sync;

import java.util.ArrayList;
import java.util.List;
import uk.registerly.server.auth.Role;

/** One page of a pull: events and roster changes in cursor order, the cursor to ask from next, whether there is more. */
public record PullPage(List<PulledEvent> events, List<RosterChange> roster, String next, boolean hasMore) {

    /** {@code rows} as {@code role} is served them, after the roster changes {@code first} (a SCOPE notice). */
    static PullPage of(List<PullRow> rows, Role role, List<RosterChange> first, String next, boolean hasMore) {
        List<PulledEvent> events = new ArrayList<>();
        List<RosterChange> roster = new ArrayList<>(first);
        for (PullRow row : rows) {
            if (row.isEvent()) {
                events.add(row.event(role));
            } else {
                roster.add(row.rosterChange(role));
            }
        }
        return new PullPage(events, roster, next, hasMore);
    }

    /** The cursor after the first {@code limit} of {@code rows}, or {@code since} when there are none. */
    static Cursor lastCursor(List<PullRow> rows, int limit, Cursor since) {
        int served = Math.min(limit, rows.size());
        return served == 0 ? since : rows.get(served - 1).cursor();
    }
}
