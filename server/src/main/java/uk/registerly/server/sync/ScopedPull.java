package uk.registerly.server.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.Json;
import uk.registerly.server.roster.RosterKind;
import uk.registerly.server.scope.DeviceScope;
import uk.registerly.server.scope.RowFilter;
import uk.registerly.server.scope.ScopeSnapshot;
import uk.registerly.server.scope.ScopeSnapshots;

/**
 * A TEACHER or GATE device's pull: a SCOPE notice when its scope is not the one its cursor names (what it
 * may hold now: it drops the rest), then what the new scope adds from behind the cursor (a "backfill": a
 * class it now teaches or covers, today's facts at the gate), then the scope's rows after the cursor.
 */
final class ScopedPull {

    private ScopedPull() {
    }

    static PullPage pull(Handle h, DevicePrincipal device, DeviceScope scope, PullCursor since, int limit,
                         Instant now) {
        UUID school = device.schoolId();
        Role role = device.role();
        String hash = scope.hash();
        Cursor position = since.position();
        List<RosterChange> notice = new ArrayList<>();
        RowFilter backfill = null;
        String held = null;
        Cursor backfillFrom = Cursor.START;
        if (hash.equals(since.scope())) {
            if (since.backfilling()) {
                held = since.previous();
                backfill = scope.gainedSince(snapshot(h, school, held));
                backfillFrom = since.backfill();
            }
        } else {
            ScopeSnapshots.save(h, school, scope);
            notice.add(new RosterChange(position.toString(), RosterKind.SCOPE, device.deviceId(), now,
                    Json.MAPPER.valueToTree(ScopeNotice.of(device, scope))));
            if (!position.equals(Cursor.START)) {
                // What the device holds up to its position: the scope its cursor names or, in the middle of a
                // backfill, the one it held before that backfill began (it may hold some of the backfill too:
                // the notice drops what is no longer in scope, and the new backfill starts from the beginning).
                ScopeSnapshot before;
                if (since.backfilling()) {
                    held = since.previous();
                    before = snapshot(h, school, held);
                } else if (since.scope() == null) {
                    before = ScopeSnapshot.WHOLE_SCHOOL; // a cursor from before scopes: it was served everything
                } else {
                    held = since.scope();
                    before = snapshot(h, school, held);
                }
                if (before == ScopeSnapshot.NOTHING) {
                    held = PullCursor.UNKNOWN_SCOPE;
                }
                RowFilter gained = scope.gainedSince(before);
                backfill = gained.isEmpty() ? null : gained;
            }
        }
        List<PullRow> rows = new ArrayList<>();
        if (backfill != null) {
            List<PullRow> behind = PullQuery.read(PullQuery.filtered(h, school, role, backfill, true), role,
                    backfillFrom, position, limit + 1);
            if (behind.size() > limit) {
                List<PullRow> served = behind.subList(0, limit);
                Cursor reached = served.get(served.size() - 1).cursor();
                return PullPage.of(served, role, notice, new PullCursor(position, hash, held, reached).toString(), true);
            }
            rows.addAll(behind); // the backfill is complete: the scope's rows after the position follow
        }
        int room = limit - rows.size();
        if (room == 0) {
            return PullPage.of(rows, role, notice, PullCursor.of(position, hash).toString(), true);
        }
        List<PullRow> after = PullQuery.read(PullQuery.filtered(h, school, role, scope.rows(), false), role,
                position, null, room + 1);
        boolean hasMore = after.size() > room;
        List<PullRow> served = after.subList(0, Math.min(room, after.size()));
        rows.addAll(served);
        return PullPage.of(rows, role, notice,
                PullCursor.of(PullPage.lastCursor(served, room, position), hash).toString(), hasMore);
    }

    /** The snapshot named {@code hash}; NOTHING when unknown (the device is then served its whole scope). */
    private static ScopeSnapshot snapshot(Handle h, UUID school, String hash) {
        if (hash == null || hash.equals(PullCursor.UNKNOWN_SCOPE)) {
            return ScopeSnapshot.NOTHING;
        }
        return ScopeSnapshots.load(h, school, hash).orElse(ScopeSnapshot.NOTHING);
    }
}
